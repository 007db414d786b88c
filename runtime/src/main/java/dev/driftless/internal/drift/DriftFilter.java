package dev.driftless.internal.drift;

import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which tables and sequences the drift check owns, by qualified name with {@code *} wildcards:
 * {@code public.spatial_ref_sys}, {@code billing.*}, {@code *.audit_*}. An object is checked when
 * it matches an include pattern (everything, if there are none) and no exclude pattern. This is
 * Alembic's {@code include_object} idea, for objects the application does not own. Flyway's and
 * Liquibase's history tables are never owned, nor are the objects of the other schema units on
 * the class path.
 */
public record DriftFilter(List<String> includes, List<String> excludes,
    Set<QualifiedName> otherUnits) {

  /**
   * @param otherUnits the objects other schema units declare (and this one does not): a unit
   *     sharing the database with others leaves their tables, sequences and types to them
   */
  public DriftFilter {
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    otherUnits = Set.copyOf(otherUnits);
  }

  /** Owns what the patterns say, whatever other units declare. */
  public DriftFilter(List<String> includes, List<String> excludes) {
    this(includes, excludes, Set.of());
  }

  /** Checks everything. */
  static DriftFilter all() {
    return new DriftFilter(List.of(), List.of());
  }

  /**
   * The history tables of Flyway and Liquibase (their default names, in any schema): a team
   * switching to Driftless keeps them for a while, and they are never the application's.
   */
  private static final java.util.Set<String> OTHER_TOOLS_HISTORY =
      java.util.Set.of("flyway_schema_history", "databasechangelog", "databasechangeloglock");

  public boolean owns(QualifiedName name) {
    if (OTHER_TOOLS_HISTORY.contains(name.name()) || otherUnits.contains(name)) {
      return false;
    }
    String qualified = name.toString();
    boolean included = includes.isEmpty() || includes.stream().anyMatch(p -> matches(p, qualified));
    return included && excludes.stream().noneMatch(p -> matches(p, qualified));
  }

  /** {@code schema} without the objects this filter does not own. */
  Schema apply(Schema schema) {
    return new Schema(
        schema.tables().stream().filter(t -> owns(t.name())).toList(),
        schema.sequences().stream().filter(s -> owns(s.name())).toList(),
        schema.namespaces(),
        schema.enums().stream().filter(e -> owns(e.name())).toList());
  }

  private static boolean matches(String pattern, String qualified) {
    String withSchema = pattern.contains(".") ? pattern : QualifiedName.DEFAULT_SCHEMA + "." + pattern;
    String regex = Pattern.quote(withSchema.toLowerCase(Locale.ROOT)).replace("*", "\\E.*\\Q");
    return qualified.toLowerCase(Locale.ROOT).matches(regex);
  }
}
