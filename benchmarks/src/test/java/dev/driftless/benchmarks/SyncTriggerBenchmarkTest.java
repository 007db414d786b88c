package dev.driftless.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Keeps the sync-trigger harness honest at a small size; times are measured, never asserted. */
class SyncTriggerBenchmarkTest {

  @Test
  void theExpandedTableKeepsBothNamesEqualUnderTheHarnessWrites() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      DataSource database = postgres.getPostgresDatabase();
      SyncTriggerBenchmark.prepare(database, 100, true);
      assertTrue(SyncTriggerBenchmark.writes(database, "full_name", 20, 1, 101)[0] > 0);
      assertTrue(SyncTriggerBenchmark.writes(database, "display_name", 20, 2, 121)[1] > 0);
      try (Connection connection = database.getConnection();
          Statement statement = connection.createStatement();
          ResultSet row = statement.executeQuery("SELECT count(*), count(*) FILTER (WHERE "
              + "full_name IS DISTINCT FROM display_name) FROM account")) {
        row.next();
        assertEquals(140, row.getInt(1));
        assertEquals(0, row.getInt(2), "the trigger kept every row's two names equal");
      }
    }
  }
}
