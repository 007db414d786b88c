package dev.driftless.internal.engine;

import dev.driftless.OutOfOrder;
import dev.driftless.schema.QualifiedName;
import java.time.Duration;
import java.util.Objects;

/**
 * How the engine runs revisions, shared by {@link Migrator} and {@link TenantMigrator}.
 *
 * @param versionTable where the history is recorded; for tenants, its name in each tenant schema
 * @param lockWait how long to wait for another migrator to finish
 * @param lockTimeout PostgreSQL {@code lock_timeout} for each revision, or {@code null}
 * @param statementTimeout PostgreSQL {@code statement_timeout} for each revision, or {@code null}
 * @param outOfOrder what to do with a pending revision older than applied ones
 */
public record MigrationSettings(QualifiedName versionTable, Duration lockWait,
    Duration lockTimeout, Duration statementTimeout, OutOfOrder outOfOrder) {

  public MigrationSettings {
    Objects.requireNonNull(versionTable, "versionTable");
    Objects.requireNonNull(lockWait, "lockWait");
    Objects.requireNonNull(outOfOrder, "outOfOrder");
  }

  /**
   * The defaults: {@link VersionTable#DEFAULT_NAME}, a ten-minute wait, no timeouts, revisions
   * out of order refused.
   */
  public static MigrationSettings defaults() {
    return new MigrationSettings(VersionTable.DEFAULT_NAME, MigrationLock.DEFAULT_WAIT, null,
        null, OutOfOrder.REFUSE);
  }

  /** These settings with the version table in {@code schema}: one tenant's. */
  public MigrationSettings inSchema(String schema) {
    return new MigrationSettings(QualifiedName.of(schema, versionTable.name()), lockWait,
        lockTimeout, statementTimeout, outOfOrder);
  }
}
