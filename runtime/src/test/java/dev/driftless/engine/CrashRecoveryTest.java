package dev.driftless.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.Driftless;
import dev.driftless.MigrateResult;
import dev.driftless.schema.Schema;
import dev.driftless.testing.LibraryRevisions;
import dev.driftless.testing.MigrateMain;
import dev.driftless.testing.RevisionClassPath;
import dev.driftless.testing.SampleSchemas;
import dev.driftless.testing.TestDatabases;
import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** kill -9 of a migrating JVM in the middle of a revision, then a rerun: nothing lost. */
class CrashRecoveryTest {
  @TempDir Path classes;

  @Test
  void aKilledMigrationLeavesNoHalfRevisionAndTheRerunCompletes() throws Exception {
    DataSource database = TestDatabases.fresh();
    Schema snapshot = SampleSchemas.library();
    RevisionClassPath.of(classes, snapshot, LibraryRevisions.V1.class, LibraryRevisions.Slow.class);
    String classpath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    Process child = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Ddriftless.test.sleep=60", "-cp", classpath, MigrateMain.class.getName(),
        ((PGSimpleDataSource) database).getUrl(), classes.toString())
        .redirectErrorStream(true).redirectOutput(new File(classes.toFile(), "child.log")).start();
    try {
      waitFor(() -> count(database, "SELECT count(*) FROM pg_stat_activity "
          + "WHERE query LIKE 'SELECT pg_sleep(60)%' AND state = 'active'") == 1,
          Duration.ofSeconds(60), "the child to reach the middle of revision slow");
      assertEquals(List.of("v1"), ids(database), "v1 committed before the kill");
    } finally {
      child.destroyForcibly(); // SIGKILL: no shutdown hooks, no rollback from the client side
    }
    assertTrue(child.waitFor(30, TimeUnit.SECONDS));

    Driftless rerun = Driftless.configure().dataSource(database)
        .classLoader(RevisionClassPath.of(classes, snapshot,
            LibraryRevisions.V1.class, LibraryRevisions.Slow.class))
        .migrationLockWait(Duration.ofSeconds(60)).load();
    MigrateResult result = rerun.migrate();

    assertEquals(List.of("slow"), result.applied().stream().map(MigrateResult.Applied::id)
        .toList(), "the killed revision runs again, whole");
    assertEquals(List.of("slow", "v1"), ids(database));
    assertEquals(1, count(database, "SELECT count(*) FROM information_schema.columns "
        + "WHERE table_name = 'half' AND column_name = 'note'"));
  }

  private interface Condition {
    boolean holds() throws Exception;
  }

  private static void waitFor(Condition condition, Duration limit, String what)
      throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.holds()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(100);
    }
  }

  private static List<String> ids(DataSource database) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT revision_id FROM driftless_history ORDER BY revision_id")) {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    }
    return ids;
  }

  private static int count(DataSource database, String sql) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getInt(1);
    }
  }
}
