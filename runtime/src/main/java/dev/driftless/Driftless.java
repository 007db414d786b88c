package dev.driftless;

import dev.driftless.internal.drift.DriftCheck;
import dev.driftless.internal.drift.DriftFilter;
import dev.driftless.internal.drift.OtherUnits;
import dev.driftless.internal.engine.ClassPathUnits;
import dev.driftless.internal.engine.ExpandedState;
import dev.driftless.internal.engine.LoadedRevision;
import dev.driftless.internal.engine.Migrator;
import dev.driftless.internal.engine.RevisionGraph;
import dev.driftless.internal.engine.RevisionIndex;
import dev.driftless.internal.engine.TenantMigrator;
import dev.driftless.internal.engine.VersionTable;
import dev.driftless.ops.SchemaTranslator;
import dev.driftless.schema.PostgresNames;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.snapshot.SnapshotCodec;
import dev.driftless.sql.Dialect;
import dev.driftless.sql.PostgresDialect;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point: applies the revisions the processor generated, and checks that the live
 * database matches the committed snapshot.
 *
 * <pre>{@code
 * Driftless driftless = Driftless.configure().dataSource(dataSource).load();
 * driftless.migrate();   // apply pending revisions, one transaction each
 * driftless.verify();    // throw DriftException if the database differs from the snapshot
 * }</pre>
 */
public final class Driftless {
  private static final Logger LOG = LoggerFactory.getLogger(Driftless.class);

  private final Settings settings;
  private final RevisionGraph graph;
  private final Schema snapshot;
  private final String snapshotDigest;
  private final DriftFilter driftFilter;
  private final Dialect dialect = new PostgresDialect();

  private Driftless(Settings settings, RevisionGraph graph, Schema snapshot,
      String snapshotDigest, DriftFilter driftFilter) {
    this.settings = settings;
    this.graph = graph;
    this.snapshot = snapshot;
    this.snapshotDigest = snapshotDigest;
    this.driftFilter = driftFilter;
  }

  /** Starts a configuration. */
  public static DriftlessConfiguration configure() {
    return new DriftlessConfiguration();
  }

  /**
   * The schema units {@code loader} finds, sorted: the names their processors' {@code
   * -Adriftless.unit} gave them, and {@code ""} first for the unnamed unit if there is one.
   */
  public static List<String> units(ClassLoader loader) {
    return new ClassPathUnits(loader).names();
  }

  static Driftless load(Settings settings) {
    ClassLoader loader = settings.classLoader();
    ClassPathUnits units = new ClassPathUnits(loader);
    ClassPathUnits.Content unit = units.read(settings.unit(), settings.snapshotResource());
    RevisionGraph graph =
        new RevisionGraph(RevisionIndex.load(loader, unit.revisionClasses()));
    Schema snapshot = new SnapshotCodec().read(unit.snapshotText(), unit.snapshotOrigin());
    // The drift check's record of a verified catalog names the snapshot by its text, which is
    // cheaper to digest than the schema's canonical form.
    String snapshotDigest = settings.catalogFingerprint()
        ? PostgresNames.sha256Hex("snapshot text\n" + unit.snapshotText()) : null;
    return new Driftless(settings, graph, snapshot, snapshotDigest, settings.driftFilter(
        OtherUnits.objects(units, settings.unit(), snapshot)));
  }

  /** The schema unit this instance migrates and verifies; {@code ""} for the unnamed unit. */
  public String unit() {
    return settings.unit();
  }

  /** Applies every pending revision, parents first, one transaction per revision. */
  public MigrateResult migrate() {
    baselineIfAsked();
    return migrator().migrate();
  }

  /**
   * Applies the revisions {@code target} names: {@code head} (what {@link #migrate()} does),
   * {@code heads}, {@code +N} (the next N), or a revision id or unambiguous prefix.
   *
   * <p>Like {@link #migrate()}, it never applies a contract revision ({@code @Revision(phase =
   * CONTRACT)}) nor anything that follows one: those are listed in
   * {@link MigrateResult#heldBack()} and wait for {@link #contract()}.
   */
  public MigrateResult upgrade(String target) {
    baselineIfAsked();
    return migrator().upgrade(target);
  }

  /**
   * The last step of a rolling deploy: applies every pending revision, the contract revisions
   * {@link #migrate()} held back included, which drop the columns and tables only the previous
   * release used and the triggers that kept them in sync. Run it once no instance of the
   * previous release is left; nothing else contracts.
   */
  public MigrateResult contract() {
    return migrator().contract();
  }

  /**
   * With {@link DriftlessConfiguration#baselineOnMigrate}: baselines a database that records no
   * revision yet and already has the snapshot's schema.
   */
  private void baselineIfAsked() {
    if (settings.baselineOnMigrate()
        && history().stream().noneMatch(RevisionStatus::isApplied) && check().isClean()) {
      baseline();
    }
  }

  /**
   * Reverts the revisions {@code target} names, newest first: {@code -N} (the last N),
   * {@code base} (all), or a revision (everything applied after it).
   */
  public MigrateResult downgrade(String target) {
    return migrator().downgrade(target);
  }

  /**
   * Applies the revisions (written for {@code public}) to each tenant schema, creating schemas
   * that do not exist, at most {@code parallelism} tenants at a time. Each tenant has its own
   * version table in its schema; one tenant's failure is reported in its result and does not
   * stop the others.
   */
  public List<TenantResult> upgradeTenants(List<String> schemas, String target,
      int parallelism) {
    return new TenantMigrator(settings.requireDataSource(), graph, dialect, settings.migration())
        .upgrade(schemas, target, parallelism);
  }

  /** Compares one tenant's schema with the snapshot moved to that schema. */
  public DriftReport checkTenant(String schema) {
    SchemaTranslator translator = new SchemaTranslator(QualifiedName.DEFAULT_SCHEMA, schema);
    return new DriftCheck(translator.apply(snapshot),
        QualifiedName.of(schema, settings.versionTable().name()), dialect,
        driftFilter, settings.migrationLockWait(), null, settings.catalogFingerprint())
        .check(settings.requireDataSource());
  }

  /** Records the database as being at {@code target} without running any revision. */
  public List<String> stamp(String target) {
    return migrator().stamp(target);
  }

  /**
   * Brings an existing database under Driftless: if its schema is the snapshot's (the drift
   * check finds nothing), records every revision up to the head as applied, with outcome
   * {@code baselined}, and runs none. For a database made by Hibernate's {@code ddl-auto},
   * Flyway or hand, on which the first {@code migrate} would fail with "already exists".
   * Returns the ids recorded.
   *
   * @throws BaselineException naming each difference, if the schema is not the snapshot's
   * @throws IllegalStateException if the database already records revisions
   */
  public List<String> baseline() {
    DriftReport report = check();
    if (!report.isClean()) {
      throw new BaselineException(report);
    }
    List<String> ids = migrator().baseline();
    LOG.info("Baselined {}: the schema matches the snapshot; recorded {} revision(s) as applied",
        settings.versionTable(), ids.size());
    return ids;
  }

  /** Every revision, parents first, with whether and when the database got it. */
  public List<RevisionStatus> history() {
    return migrator().history();
  }

  /** The revisions no other revision follows. */
  public Set<String> heads() {
    return graph.heads();
  }

  /**
   * The way out of a history validation failure that was expected: does each of
   * {@code actions} in one pass over the version table, under the migration lock. Returns what it
   * did, one line per change.
   *
   * @throws IllegalArgumentException if no action is given
   */
  public List<String> repair(RepairAction... actions) {
    if (actions.length == 0) {
      throw new IllegalArgumentException("Say what to repair: "
          + Arrays.toString(RepairAction.values()));
    }
    return migrator().repair(EnumSet.copyOf(Arrays.asList(actions)));
  }

  /**
   * The SQL script that would upgrade a database at {@code from} ({@code base} or a revision) to
   * {@code target} ({@code head}, {@code +N} or a revision), one transaction per revision with
   * its version-table row, for review or for a DBA to run with {@code psql}. Needs no database.
   */
  public String upgradeScript(String from, String target) {
    return migrator(null).upgradeScript(from, target);
  }

  /**
   * The SQL script that would downgrade a database at {@code from} ({@code head} or a revision)
   * to {@code target} ({@code -N}, {@code base} or a revision), newest revision first. Needs no
   * database.
   */
  public String downgradeScript(String from, String target) {
    return migrator(null).downgradeScript(from, target);
  }

  private Migrator migrator() {
    return migrator(settings.requireDataSource());
  }

  private Migrator migrator(javax.sql.DataSource dataSource) {
    return new Migrator(dataSource, graph, dialect, settings.migration());
  }

  /**
   * Compares the live database with the snapshot and returns every difference, whatever the
   * drift policy. Objects left out by {@code includeObjects}/{@code excludeObjects} are ignored.
   * While {@link #migrate()} holds contract revisions back (and nothing else is pending), the
   * database is compared with the snapshot as those revisions' downgrades leave it: the expanded
   * state of a rolling deploy is not drift.
   */
  public DriftReport check() {
    return new DriftCheck(snapshot, snapshotDigest, settings.versionTable(), dialect,
        driftFilter, settings.migrationLockWait(),
        new ExpandedState(graph, new VersionTable(settings.versionTable(), dialect)),
        settings.catalogFingerprint())
        .check(settings.requireDataSource());
  }

  /**
   * The start-up check, under the configured {@link DriftPolicy}: {@code FAIL} throws on drift,
   * {@code WARN} logs the report and returns it, {@code OFF} returns a clean report without
   * touching the database.
   *
   * @throws DriftException naming each difference, under {@code FAIL}
   */
  public DriftReport verify() {
    if (settings.driftPolicy() == DriftPolicy.OFF) {
      return new DriftReport(List.of());
    }
    DriftReport report = check();
    if (!report.isClean()) {
      if (settings.driftPolicy() == DriftPolicy.FAIL) {
        throw new DriftException(report, settings.unit());
      }
      LOG.warn("{}{}", settings.unit().isEmpty() ? "" : "Schema unit '" + settings.unit() + "': ",
          report.format());
    }
    return report;
  }

  /** The revisions found on the class path, parents first. */
  public List<RevisionInfo> revisions() {
    return graph.fromBase().stream().map(LoadedRevision::info).toList();
  }

  /** The committed snapshot that {@link #verify()} compares against. */
  public Schema snapshot() {
    return snapshot;
  }
}
