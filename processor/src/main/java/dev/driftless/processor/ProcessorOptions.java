package dev.driftless.processor;

import dev.driftless.internal.engine.UnitPaths;
import dev.driftless.processor.element.PackageSelection;
import dev.driftless.processor.mapping.naming.ConstraintNaming;
import dev.driftless.processor.mapping.naming.HibernateLine;
import dev.driftless.processor.mapping.naming.NamingStrategy;
import dev.driftless.processor.mapping.naming.Quoting;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code -A} options that tell the processor where things live. A processor cannot find the
 * project directory by itself, so paths are given explicitly (Maven: {@code ${project.basedir}}).
 *
 * @param snapshot the committed snapshot file
 * @param unit the schema unit these entities form ({@code -Adriftless.unit}), {@code ""} for the
 *     unnamed unit of a project with one model
 * @param entityPackages packages, and patterns ({@code com.acme.*}) of this module's packages,
 *     whose {@code @Entity} classes form the schema
 * @param revisionsDir source root that generated revisions are written into
 * @param revisionsPackage package of generated revisions
 * @param naming how entity and field names become table and column names
 * @param quoting which names Hibernate quotes ({@code hibernate.auto_quote_keyword},
 *     {@code hibernate.globally_quoted_identifiers})
 * @param quotedColumnDefinitions whether global quoting quotes {@code columnDefinition} too, as
 *     Hibernate does unless {@code hibernate.globally_quoted_identifiers_skip_column_definitions}
 * @param check fail when the model differs from the snapshot instead of writing a revision (CI)
 * @param online generate the large-table safe forms of changes to existing tables
 * @param hibernate the Hibernate line whose schema to derive ({@code -Adriftless.hibernate=6.6}
 *     or {@code 7}; see {@link HibernateLine#ACCEPTED}), or null to detect it from the class path
 * @param constraintNames how unnamed foreign keys, unique constraints and indexes are named
 * @param rolling {@code -Adriftless.deploy=rolling}: a change that would break the previous
 *     release while both run is generated as an expand and a contract revision
 */
record ProcessorOptions(
    Path snapshot,
    String unit,
    PackageSelection entityPackages,
    Path revisionsDir,
    String revisionsPackage,
    NamingStrategy naming,
    Quoting quoting,
    boolean quotedColumnDefinitions,
    boolean check,
    boolean online,
    HibernateLine hibernate,
    ConstraintNaming constraintNames,
    boolean rolling) {

  static final String SNAPSHOT = "driftless.snapshot";
  static final String PACKAGES = "driftless.packages";
  static final String UNIT = "driftless.unit";
  static final String REVISIONS_DIR = "driftless.revisions.dir";
  static final String REVISIONS_PACKAGE = "driftless.revisions.package";
  static final String NAMING = "driftless.naming";
  static final String QUOTE_KEYWORDS = "driftless.quoteKeywords";
  static final String QUOTE_IDENTIFIERS = "driftless.quoteIdentifiers";
  static final String SKIP_COLUMN_DEFINITIONS =
      "driftless.quoteIdentifiers.skipColumnDefinitions";
  static final String CHECK = "driftless.check";
  static final String ONLINE = "driftless.online";
  static final String HIBERNATE = "driftless.hibernate";
  static final String CONSTRAINT_NAMES = "driftless.constraintNames";
  static final String DEPLOY = "driftless.deploy";

  /**
   * Not Driftless's: the option kapt (Kotlin) passes to every processor it runs. Its presence
   * says the sources generated through the Filer are compiled only after processing, together
   * with the revisions directory.
   */
  static final String KAPT_KOTLIN_GENERATED = "kapt.kotlin.generated";

  static final Set<String> ALL =
      Set.of(SNAPSHOT, UNIT, PACKAGES, REVISIONS_DIR, REVISIONS_PACKAGE, NAMING, QUOTE_KEYWORDS,
          QUOTE_IDENTIFIERS, SKIP_COLUMN_DEFINITIONS, CHECK, ONLINE, HIBERNATE, CONSTRAINT_NAMES,
          DEPLOY);

  /**
   * Parses the options, or returns {@code null} when {@value #SNAPSHOT} is absent: the processor
   * then stays inert, so a module that merely has it on its path is not disturbed.
   *
   * @throws IllegalArgumentException naming the missing or bad option and how to set it
   */
  static ProcessorOptions parse(Map<String, String> options) {
    String snapshot = options.get(SNAPSHOT);
    if (snapshot == null || snapshot.isBlank()) {
      return null;
    }
    List<String> packages = Arrays.stream(required(options, PACKAGES, "com.example.model")
        .split(",")).map(String::strip).filter(s -> !s.isEmpty()).sorted().toList();
    Quoting quoting = Quoting.of(flag(options, QUOTE_KEYWORDS), flag(options, QUOTE_IDENTIFIERS));
    return new ProcessorOptions(
        Path.of(snapshot.strip()),
        new UnitPaths(options.getOrDefault(UNIT, UnitPaths.DEFAULT).strip()).unit(),
        PackageSelection.parse(packages),
        Path.of(required(options, REVISIONS_DIR, "${project.basedir}/src/main/java").strip()),
        required(options, REVISIONS_PACKAGE, "com.example.migrations").strip(),
        NamingStrategy.fromOption(options.getOrDefault(NAMING, "jpa")),
        quoting,
        quoting == Quoting.ALL && !flag(options, SKIP_COLUMN_DEFINITIONS),
        flag(options, CHECK),
        flag(options, ONLINE),
        options.get(HIBERNATE) == null || options.get(HIBERNATE).isBlank() ? null
            : HibernateLine.fromOption(options.get(HIBERNATE)),
        ConstraintNaming.fromOption(options.getOrDefault(CONSTRAINT_NAMES, "postgres")),
        rolling(options.getOrDefault(DEPLOY, "single").strip()));
  }

  /** {@code single} (one revision per change, the default) or {@code rolling}. */
  private static boolean rolling(String deploy) {
    return switch (deploy) {
      case "single" -> false;
      case "rolling" -> true;
      default -> throw new IllegalArgumentException("-A" + DEPLOY + "=" + deploy + " is neither "
          + "single nor rolling: use rolling to generate the changes that would break the "
          + "previous release as an expand and a contract revision, single (the default) for "
          + "one revision per change");
    };
  }

  /**
   * A true/false option. Anything else is an error rather than false: a Maven property that is not
   * defined reaches the processor as its literal {@code ${driftless.check}}, and a typo
   * ({@code ture}) would silently switch check mode off in CI.
   */
  private static boolean flag(Map<String, String> options, String key) {
    String value = options.getOrDefault(key, "false").strip();
    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(value);
    }
    throw new IllegalArgumentException("-A" + key + "=" + value + " is neither true nor false"
        + (value.startsWith("${") ? ": the Maven property " + value + " is not defined. Define it "
            + "in the pom's <properties> (false by default) and switch it on with -D"
            + value.substring(2, value.length() - 1) + "=true" : ""));
  }

  private static String required(Map<String, String> options, String key, String example) {
    String value = options.get(key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Driftless needs the option -A" + key + " (for example -A"
          + key + "=" + example + ") when -A" + SNAPSHOT + " is set");
    }
    return value;
  }

  /** The snapshot as named in generated Javadoc: its file name, the same on every machine. */
  String snapshotForHumans() {
    return snapshot.getFileName().toString();
  }
}
