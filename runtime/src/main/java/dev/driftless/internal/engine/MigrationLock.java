package dev.driftless.internal.engine;

import dev.driftless.MigrationException;
import dev.driftless.schema.PostgresNames;
import dev.driftless.schema.QualifiedName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The session-level advisory lock that serializes migrators and drift checks on one version table.
 * PostgreSQL releases it when the session ends, so a crashed process never leaves it stuck.
 */
public final class MigrationLock implements AutoCloseable {
  /** How long to wait by default before giving up and naming the holder. */
  public static final Duration DEFAULT_WAIT = Duration.ofMinutes(10);

  private static final long POLL_MILLIS = 200;

  private final Connection connection;
  private final long key;

  private MigrationLock(Connection connection, long key) {
    this.connection = connection;
    this.key = key;
  }

  /** Waits up to {@link #DEFAULT_WAIT} for the lock of {@code versionTable}. */
  public static MigrationLock acquire(Connection connection, QualifiedName versionTable)
      throws SQLException {
    return acquire(connection, versionTable, DEFAULT_WAIT);
  }

  /**
   * Waits up to {@code wait} for the lock of {@code versionTable} on {@code connection}'s session.
   *
   * @throws MigrationException after {@code wait}, naming the backend that holds the lock
   */
  public static MigrationLock acquire(Connection connection, QualifiedName versionTable,
      Duration wait) throws SQLException {
    long key = keyOf(versionTable);
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      if (tryLock(connection, key)) {
        return new MigrationLock(connection, key);
      }
      if (System.nanoTime() >= deadline) {
        throw new MigrationException(null, "Waited " + wait.toSeconds() + " s for the migration "
            + "lock of " + versionTable + "; " + holder(connection, key) + ". Wait for it to "
            + "finish, or if it is stuck end it with SELECT pg_terminate_backend(<pid>).",
            null, null, null);
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new MigrationException(null, "Interrupted while waiting for the migration lock",
            null, null, e);
      }
    }
  }

  /** Keyed by the version table, so migrators of different schemas do not wait on each other. */
  static long keyOf(QualifiedName versionTable) {
    return Long.parseLong(PostgresNames.sha256Hex("driftless:" + versionTable).substring(0, 15),
        16);
  }

  @Override
  public void close() throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
      statement.setLong(1, key);
      statement.execute();
    }
  }

  private static boolean tryLock(Connection connection, long key) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      statement.setLong(1, key);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getBoolean(1);
      }
    }
  }

  /** Who holds the lock, from pg_locks (a bigint key is split into classid and objid there). */
  private static String holder(Connection connection, long key) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("""
        SELECT a.pid, a.usename, a.application_name, a.client_addr, a.backend_start, a.state
        FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND l.granted
          AND l.classid::bigint = ? AND l.objid::bigint = ? AND l.objsubid = 1
        """)) {
      statement.setLong(1, key >>> 32);
      statement.setLong(2, key & 0xFFFFFFFFL);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          return "its holder has just released it";
        }
        return "it is held by backend pid " + row.getInt(1) + " (user " + row.getString(2)
            + ", application '" + row.getString(3) + "', client " + row.getString(4)
            + ", connected since " + row.getTimestamp(5) + ", " + row.getString(6) + ")";
      }
    }
  }
}
