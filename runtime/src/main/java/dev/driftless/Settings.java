package dev.driftless;

import dev.driftless.internal.drift.DriftFilter;
import dev.driftless.internal.engine.MigrationSettings;
import dev.driftless.schema.QualifiedName;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The configuration as {@link DriftlessConfiguration#load()} copied it. Immutable, so that a
 * loaded {@link Driftless} does not change when its configuration is changed afterwards.
 *
 * @param dataSource the database, or {@code null} for offline use
 * @param unit the schema unit, {@code ""} for the unnamed one
 * @param versionTable the version table, the unit's default unless one was set
 * @param lockTimeout PostgreSQL {@code lock_timeout} for each revision, or {@code null}
 * @param statementTimeout PostgreSQL {@code statement_timeout} for each revision, or {@code null}
 * @param outOfOrder what to do with a pending revision older than applied ones
 * @param baselineOnMigrate whether migrating first baselines a database that already has the schema
 * @param catalogFingerprint whether clean drift checks record the catalog's fingerprint and
 *     later ones skip the read when it still matches
 */
record Settings(DataSource dataSource, ClassLoader classLoader, String unit,
    QualifiedName versionTable,
    String snapshotResource, DriftPolicy driftPolicy, Duration migrationLockWait,
    Duration lockTimeout, Duration statementTimeout, OutOfOrder outOfOrder,
    boolean baselineOnMigrate, boolean catalogFingerprint,
    List<String> includes, List<String> excludes) {

  Settings {
    Objects.requireNonNull(classLoader, "classLoader");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(versionTable, "versionTable");
    Objects.requireNonNull(snapshotResource, "snapshotResource");
    Objects.requireNonNull(driftPolicy, "driftPolicy");
    Objects.requireNonNull(migrationLockWait, "migrationLockWait");
    Objects.requireNonNull(outOfOrder, "outOfOrder");
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
  }

  /**
   * The settings, the data source named only by its class: a data source's own
   * {@code toString()} may hold its URL and password.
   */
  @Override
  public String toString() {
    return "Settings[dataSource=" + (dataSource == null ? null : dataSource.getClass().getName())
        + ", unit=" + unit + ", versionTable=" + versionTable + ", snapshotResource=" + snapshotResource
        + ", driftPolicy=" + driftPolicy + ", migrationLockWait=" + migrationLockWait
        + ", lockTimeout=" + lockTimeout + ", statementTimeout=" + statementTimeout
        + ", outOfOrder=" + outOfOrder + ", baselineOnMigrate=" + baselineOnMigrate
        + ", catalogFingerprint=" + catalogFingerprint
        + ", includes=" + includes + ", excludes=" + excludes
        + "]";
  }

  /** The data source, which every command but the offline scripts needs. */
  DataSource requireDataSource() {
    if (dataSource == null) {
      throw new IllegalStateException(
          "No data source: call Driftless.configure().dataSource(...) before load()");
    }
    return dataSource;
  }

  /** What the engine needs of these settings. */
  MigrationSettings migration() {
    return new MigrationSettings(versionTable, migrationLockWait, lockTimeout, statementTimeout,
        outOfOrder);
  }

  DriftFilter driftFilter(Set<QualifiedName> otherUnits) {
    return new DriftFilter(includes, excludes, otherUnits);
  }
}
