package dev.driftless.engine;

import dev.driftless.schema.PostgresNames;
import dev.driftless.schema.QualifiedName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The session-level advisory lock that serializes migrators and drift checks on one version table.
 * PostgreSQL releases it when the session ends, so a crashed process never leaves it stuck.
 */
public final class MigrationLock implements AutoCloseable {
  private final Connection connection;
  private final long key;

  private MigrationLock(Connection connection, long key) {
    this.connection = connection;
    this.key = key;
  }

  /** Waits for the lock of {@code versionTable} on {@code connection}'s session. */
  public static MigrationLock acquire(Connection connection, QualifiedName versionTable)
      throws SQLException {
    // Keyed by the version table, so migrators of different schemas do not wait on each other.
    long key = Long.parseLong(
        PostgresNames.sha256Hex("driftless:" + versionTable).substring(0, 15), 16);
    call(connection, "SELECT pg_advisory_lock(?)", key);
    return new MigrationLock(connection, key);
  }

  @Override
  public void close() throws SQLException {
    call(connection, "SELECT pg_advisory_unlock(?)", key);
  }

  private static void call(Connection connection, String sql, long key) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, key);
      statement.execute();
    }
  }
}
