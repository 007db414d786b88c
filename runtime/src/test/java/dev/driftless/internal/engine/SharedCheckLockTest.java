package dev.driftless.internal.engine;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.Driftless;
import dev.driftless.MigrationException;
import dev.driftless.testing.CapturedLog;
import dev.driftless.testing.LibraryRevisions;
import dev.driftless.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drift checks share the migration lock with each other and still exclude a migration: many
 * instances starting at once check side by side instead of one after another.
 */
class SharedCheckLockTest {
  @TempDir Path classes;

  private final DataSource database = TestDatabases.fresh();
  private Driftless driftless;

  @BeforeEach
  void migrated() {
    driftless = LibraryRevisions.library(database, classes)
        .migrationLockWait(Duration.ofSeconds(1)).load();
    driftless.migrate();
  }

  @Test
  void twoDriftChecksHoldTheLockAtTheSameTime() throws SQLException {
    try (Connection otherCheck = database.getConnection()) {
      lock(otherCheck, "pg_advisory_lock_shared"); // what a check in progress holds

      assertTrue(driftless.check().isClean(), "the second check ran while the first held it");
    }
  }

  @Test
  void aDriftCheckStillWaitsForARunningMigration() throws SQLException {
    try (Connection migrator = database.getConnection()) {
      lock(migrator, "pg_advisory_lock");

      MigrationException error = assertThrows(MigrationException.class, driftless::check);
      assertTrue(error.getMessage().contains("held by backend pid " + pid(migrator)),
          error.getMessage());
    }
  }

  @Test
  void aMigrationWaitsForRunningChecksAndNamesThem() throws SQLException {
    try (Connection check = database.getConnection()) {
      lock(check, "pg_advisory_lock_shared");

      MigrationException error = assertThrows(MigrationException.class, driftless::migrate);
      assertTrue(error.getMessage().contains("held by backend pid " + pid(check)
          + " (a drift check, "), error.getMessage());
    }
  }

  @Test
  void waitingForTheLockSaysWhoHoldsItWhileItWaits() throws Exception {
    try (Connection holder = database.getConnection();
        Connection waiter = database.getConnection()) {
      lock(holder, "pg_advisory_lock");

      String log = CapturedLog.during(() -> assertThrows(MigrationException.class,
          () -> MigrationLock.acquire(waiter, VersionTable.DEFAULT_NAME, Duration.ofMillis(900),
              Duration.ofMillis(300))));

      assertTrue(log.contains("Waiting for the migration lock of public.driftless_history"),
          log);
      assertTrue(log.contains("held by backend pid " + pid(holder)), log);
    }
  }

  private static void lock(Connection connection, String function) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT " + function + "(?)")) {
      statement.setLong(1, MigrationLock.keyOf(VersionTable.DEFAULT_NAME));
      statement.execute();
    }
  }

  private static int pid(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
      row.next();
      return row.getInt(1);
    }
  }
}
