package dev.driftless;

import dev.driftless.internal.engine.MigrationLock;
import dev.driftless.internal.engine.UnitPaths;
import dev.driftless.schema.QualifiedName;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Settings for {@link Driftless}, set fluently: {@code Driftless.configure().dataSource(ds).load()}.
 */
public final class DriftlessConfiguration {
  /** The longest {@code lock_timeout} or {@code statement_timeout} PostgreSQL accepts, in ms. */
  private static final long MAX_TIMEOUT_MILLIS = Integer.MAX_VALUE;

  private DataSource dataSource;
  private ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
  private String unit = UnitPaths.DEFAULT;
  private QualifiedName versionTable;
  private String snapshotResource;
  private DriftPolicy driftPolicy = DriftPolicy.FAIL;
  private boolean catalogFingerprint = true;
  private Duration migrationLockWait = MigrationLock.DEFAULT_WAIT;
  private Duration lockTimeout;
  private Duration statementTimeout;
  private OutOfOrder outOfOrder = OutOfOrder.REFUSE;
  private boolean baselineOnMigrate;
  private final List<String> includes = new ArrayList<>();
  private final List<String> excludes = new ArrayList<>();

  DriftlessConfiguration() {}

  /** The database to migrate and verify. Required. */
  public DriftlessConfiguration dataSource(DataSource value) {
    this.dataSource = Objects.requireNonNull(value, "dataSource");
    return this;
  }

  /** Where revisions and the snapshot are found; defaults to the context class loader. */
  public DriftlessConfiguration classLoader(ClassLoader value) {
    this.classLoader = Objects.requireNonNull(value, "classLoader");
    return this;
  }

  /**
   * The schema unit to migrate and verify, as its processor's {@code -Adriftless.unit} names it.
   * Not set by default: the unnamed unit, the one a project with a single model has. Each unit
   * has its own revisions, snapshot and version table ({@code public.driftless_history_<unit>}),
   * so several units can share one database, each leaving the others' objects out of its drift
   * check. {@link Driftless#units(ClassLoader)} lists the units a class path has.
   *
   * @throws IllegalArgumentException if {@code value} cannot be a unit's name
   */
  public DriftlessConfiguration unit(String value) {
    this.unit = new UnitPaths(Objects.requireNonNull(value, "unit")).unit();
    return this;
  }

  /**
   * The version table; defaults to {@code public.driftless_history}, or
   * {@code public.driftless_history_<unit>} for a named {@linkplain #unit(String) unit}.
   */
  public DriftlessConfiguration versionTable(String schema, String table) {
    this.versionTable = QualifiedName.of(schema, table);
    return this;
  }

  /**
   * The class-path resource of the snapshot; by default the one the processor writes for the
   * {@linkplain #unit(String) unit} ({@code META-INF/driftless/schema.json} for the unnamed unit).
   */
  public DriftlessConfiguration snapshotResource(String value) {
    this.snapshotResource = Objects.requireNonNull(value, "snapshotResource");
    return this;
  }

  /**
   * How long to wait for another instance's migration to finish before failing with a message
   * that names the backend holding the lock (default ten minutes).
   */
  public DriftlessConfiguration migrationLockWait(Duration value) {
    this.migrationLockWait = Objects.requireNonNull(value, "migrationLockWait");
    return this;
  }

  /**
   * PostgreSQL {@code lock_timeout} for every revision, e.g. {@code Duration.ofSeconds(5)}: a
   * revision that would wait longer for a table lock fails (and is rolled back) instead of
   * stalling every query queued behind it. A revision's own {@code @Revision(lockTimeout)} wins.
   * Not set by default: the server's setting applies. {@link Duration#ZERO} means no timeout,
   * whatever the server says.
   *
   * @param value whole milliseconds, at most {@code Integer.MAX_VALUE} ms (PostgreSQL's limit)
   * @throws IllegalArgumentException if it is negative, too long, or not whole milliseconds
   */
  public DriftlessConfiguration lockTimeout(Duration value) {
    this.lockTimeout = timeout("lockTimeout", value);
    return this;
  }

  /**
   * PostgreSQL {@code statement_timeout} for every revision, e.g. {@code Duration.ofMinutes(10)};
   * a revision's own {@code @Revision(statementTimeout)} wins. Not set by default: the server's
   * setting applies. {@link Duration#ZERO} means no timeout, whatever the server says.
   *
   * @param value whole milliseconds, at most {@code Integer.MAX_VALUE} ms (PostgreSQL's limit)
   * @throws IllegalArgumentException if it is negative, too long, or not whole milliseconds
   */
  public DriftlessConfiguration statementTimeout(Duration value) {
    this.statementTimeout = timeout("statementTimeout", value);
    return this;
  }

  /**
   * What to do with a pending revision that comes before revisions the database already has
   * (added into the middle of the history): {@link OutOfOrder#REFUSE} (the default) fails
   * naming it and runs nothing; {@link OutOfOrder#APPLY} applies it with a warning. Flyway's
   * {@code outOfOrder}; the command line's {@code --out-of-order}.
   */
  public DriftlessConfiguration outOfOrder(OutOfOrder value) {
    this.outOfOrder = Objects.requireNonNull(value, "outOfOrder");
    return this;
  }

  /**
   * Whether {@code migrate()} and {@code upgrade(target)} first {@linkplain Driftless#baseline()
   * baseline} a database that records no revision yet but already has the snapshot's schema (one
   * Hibernate's {@code ddl-auto}, Flyway or a DBA made). Off by default: adopting a database is
   * then an explicit {@code baseline}. A database whose schema differs is not baselined; migrating
   * it fails on the first object that exists, with a message that points at {@code baseline}.
   * Flyway's {@code baselineOnMigrate}; the command line's {@code upgrade --baseline-on-migrate}.
   */
  public DriftlessConfiguration baselineOnMigrate(boolean value) {
    this.baselineOnMigrate = value;
    return this;
  }

  /** PostgreSQL counts both timeouts in whole milliseconds, up to {@code INT_MAX}. */
  private static Duration timeout(String name, Duration value) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " cannot be negative: " + value);
    }
    if (value.compareTo(Duration.ofMillis(MAX_TIMEOUT_MILLIS)) > 0) {
      throw new IllegalArgumentException(name + " is at most " + MAX_TIMEOUT_MILLIS
          + " ms (about 24 days) in PostgreSQL: " + value);
    }
    if (value.getNano() % 1_000_000 != 0) {
      throw new IllegalArgumentException(
          name + " must be whole milliseconds, as PostgreSQL counts it: " + value);
    }
    return value;
  }

  /** What {@code verify()} does on drift: {@code FAIL} (the default), {@code WARN} or {@code OFF}. */
  public DriftlessConfiguration driftPolicy(DriftPolicy value) {
    this.driftPolicy = Objects.requireNonNull(value, "driftPolicy");
    return this;
  }

  /**
   * Whether a clean drift check records a fingerprint of the catalog rows it read, as the
   * comment of the version table, so that a later check finding the same fingerprint (and the
   * same snapshot) skips the catalog read (default {@code true}). The fingerprint is computed by
   * PostgreSQL over everything the read would fetch, deparsed expressions included; any change
   * means a full check. Only the version table's owner records one. Turn it off to have every
   * check read the whole catalog, or when the version table's comment is not Driftless's to set.
   */
  public DriftlessConfiguration catalogFingerprint(boolean value) {
    this.catalogFingerprint = value;
    return this;
  }

  /**
   * Limits the drift check to tables and sequences matching these patterns ({@code schema.name},
   * {@code *} as a wildcard; a pattern without a schema means {@code public}).
   */
  public DriftlessConfiguration includeObjects(String... patterns) {
    includes.addAll(List.of(patterns));
    return this;
  }

  /**
   * Leaves tables and sequences the application does not own out of the drift check, e.g.
   * {@code "public.spatial_ref_sys"} or {@code "reporting.*"}. The version table is always left out.
   */
  public DriftlessConfiguration excludeObjects(String... patterns) {
    excludes.addAll(List.of(patterns));
    return this;
  }

  /**
   * Loads the unit's revisions and snapshot; fails fast if either is missing or inconsistent, if
   * the {@linkplain #unit(String) unit} is not on the class path (naming those that are), or if
   * two class-path entries claim it with different contents (naming both). A data
   * source is needed by every command but {@code upgradeScript} and {@code downgradeScript}. The
   * loaded instance keeps a copy of this configuration: changing the configuration afterwards
   * does not change it, and the configuration can be changed and loaded again.
   */
  public Driftless load() {
    UnitPaths paths = new UnitPaths(unit);
    return Driftless.load(new Settings(dataSource,
        classLoader != null ? classLoader : Driftless.class.getClassLoader(), unit,
        versionTable != null ? versionTable : paths.defaultVersionTable(),
        snapshotResource != null ? snapshotResource : paths.snapshot(), driftPolicy, migrationLockWait, lockTimeout, statementTimeout,
        outOfOrder, baselineOnMigrate, catalogFingerprint, includes, excludes));
  }
}
