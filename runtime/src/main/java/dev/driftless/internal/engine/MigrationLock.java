package dev.driftless.internal.engine;

import dev.driftless.MigrationException;
import dev.driftless.schema.PostgresNames;
import dev.driftless.schema.QualifiedName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session-level advisory lock on one version table. Migrators take it exclusively, so one
 * migrates while the others wait; drift checks take it shared, so any number of checks run at
 * once (fifty instances starting together do not queue), while none of them runs during a
 * migration, which would look like drift. PostgreSQL releases it when the session ends, so a
 * crashed process never leaves it stuck.
 *
 * <p>Waiting is polling with {@code pg_try_advisory_lock}, never a blocking
 * {@code pg_advisory_lock}: the wait has a limit, and while it lasts a log line names the holder
 * every {@link #PROGRESS_EVERY}.
 */
public final class MigrationLock implements AutoCloseable {
  /** How long to wait by default before giving up and naming the holder. */
  public static final Duration DEFAULT_WAIT = Duration.ofMinutes(10);

  /** How often a waiting session says what it waits for. */
  static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

  private static final Logger LOG = LoggerFactory.getLogger(MigrationLock.class);
  private static final long POLL_MILLIS = 200;

  /** The two ways to hold the lock, each with its PostgreSQL functions. */
  private enum Mode {
    EXCLUSIVE("pg_try_advisory_lock", "pg_advisory_unlock"),
    SHARED("pg_try_advisory_lock_shared", "pg_advisory_unlock_shared");

    final String tryLock;
    final String unlock;

    Mode(String tryLock, String unlock) {
      this.tryLock = tryLock;
      this.unlock = unlock;
    }
  }

  private final Connection connection;
  private final long key;
  private final Mode mode;

  private MigrationLock(Connection connection, long key, Mode mode) {
    this.connection = connection;
    this.key = key;
    this.mode = mode;
  }

  /** Waits up to {@link #DEFAULT_WAIT} for the lock of {@code versionTable}, exclusively. */
  public static MigrationLock acquire(Connection connection, QualifiedName versionTable)
      throws SQLException {
    return acquire(connection, versionTable, DEFAULT_WAIT);
  }

  /**
   * Waits up to {@code wait} for the lock of {@code versionTable} on {@code connection}'s
   * session, exclusively: what a migrator holds.
   *
   * @throws MigrationException after {@code wait}, naming the backend that holds the lock
   */
  public static MigrationLock acquire(Connection connection, QualifiedName versionTable,
      Duration wait) throws SQLException {
    return acquire(connection, versionTable, wait, Mode.EXCLUSIVE, PROGRESS_EVERY);
  }

  /** {@link #acquire(Connection, QualifiedName, Duration)}, logging every {@code progressEvery}. */
  static MigrationLock acquire(Connection connection, QualifiedName versionTable, Duration wait,
      Duration progressEvery) throws SQLException {
    return acquire(connection, versionTable, wait, Mode.EXCLUSIVE, progressEvery);
  }

  /**
   * Waits up to {@code wait} for the lock of {@code versionTable}, shared: what a drift check
   * holds. Other checks share it; a migrator holding it does not. A migrator waiting for checks
   * does not stop new ones from joining (try-lock polling keeps no queue): checks are short, but
   * an unbroken stream of overlapping ones would keep a migrator waiting.
   *
   * @throws MigrationException after {@code wait}, naming the backend that holds the lock
   */
  public static MigrationLock acquireShared(Connection connection, QualifiedName versionTable,
      Duration wait) throws SQLException {
    return acquire(connection, versionTable, wait, Mode.SHARED, PROGRESS_EVERY);
  }

  private static MigrationLock acquire(Connection connection, QualifiedName versionTable,
      Duration wait, Mode mode, Duration progressEvery) throws SQLException {
    long key = keyOf(versionTable);
    long started = System.nanoTime();
    long deadline = started + wait.toNanos();
    long nextReport = started + progressEvery.toNanos();
    while (true) {
      if (tryLock(connection, key, mode)) {
        return new MigrationLock(connection, key, mode);
      }
      long now = System.nanoTime();
      if (now >= deadline) {
        throw new MigrationException(null, "Waited " + wait.toSeconds() + " s for the migration "
            + "lock of " + versionTable + "; " + holders(connection, key) + ". Wait for it to "
            + "finish, or if it is stuck end it with SELECT pg_terminate_backend(<pid>).",
            null, null, null);
      }
      if (now >= nextReport) {
        LOG.info("Waiting for the migration lock of {} ({} s so far, giving up after {} s); {}",
            versionTable, Duration.ofNanos(now - started).toSeconds(), wait.toSeconds(),
            holders(connection, key));
        nextReport = now + progressEvery.toNanos();
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
        connection.prepareStatement("SELECT " + mode.unlock + "(?)")) {
      statement.setLong(1, key);
      statement.execute();
    }
  }

  private static boolean tryLock(Connection connection, long key, Mode mode)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT " + mode.tryLock + "(?)")) {
      statement.setLong(1, key);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getBoolean(1);
      }
    }
  }

  /** Who holds the lock, from pg_locks (a bigint key is split into classid and objid there). */
  private static String holders(Connection connection, long key) throws SQLException {
    List<LockHolder> holders = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement("""
        SELECT a.pid, a.usename, a.application_name, host(a.client_addr), a.client_port,
               a.backend_start, a.state, l.mode = 'ShareLock'
        FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND l.granted
          AND l.classid::bigint = ? AND l.objid::bigint = ? AND l.objsubid = 1
        ORDER BY a.backend_start, a.pid
        """)) {
      statement.setLong(1, key >>> 32);
      statement.setLong(2, key & 0xFFFFFFFFL);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          holders.add(new LockHolder(row.getInt(1), row.getString(2), row.getString(3),
              row.getString(4), (Integer) row.getObject(5), row.getObject(6,
                  OffsetDateTime.class), row.getString(7), row.getBoolean(8)));
        }
      }
    }
    if (holders.isEmpty()) {
      return "its holder has just released it";
    }
    if (holders.size() == 1) {
      return "it is held by " + holders.get(0).describe();
    }
    return "it is held by " + holders.size() + " sessions: " + holders.stream()
        .map(LockHolder::describe).collect(Collectors.joining("; "));
  }
}
