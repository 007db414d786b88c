package dev.driftless.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.Driftless;
import dev.driftless.MigrationException;
import dev.driftless.testing.LibraryRevisions;
import dev.driftless.testing.RevisionClassPath;
import dev.driftless.testing.SampleSchemas;
import dev.driftless.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data migrations and revisions that run outside a transaction, on real PostgreSQL. */
class DataAndOnlineRevisionsTest {
  @TempDir Path classes;

  private final DataSource database = TestDatabases.fresh();

  private Driftless load(Class<?>... revisions) {
    return Driftless.configure().dataSource(database)
        .classLoader(RevisionClassPath.of(classes, SampleSchemas.library(), revisions)).load();
  }

  @Test
  void bulkInsertAndParametersBindValuesInsteadOfPastingThem() throws SQLException {
    Driftless driftless = load(LibraryRevisions.V1.class, LibraryRevisions.SeedAuthors.class);
    driftless.migrate();
    assertEquals("2501", one("SELECT count(*) FROM author"), "2,500 rows in chunks, plus one");
    assertEquals("1950-05-17", one("SELECT born FROM author WHERE name LIKE 'O''Brien%'"));
    assertEquals("1", one("SELECT count(*) FROM pg_class WHERE relname = 'book'"),
        "the quote in the value did not become SQL");
    assertTrue(load(LibraryRevisions.V1.class, LibraryRevisions.SeedAuthors.class).migrate()
        .applied().isEmpty(), "the checksum of parameterized SQL is stable");
  }

  @Test
  void anOnlineRevisionBuildsItsIndexConcurrentlyAndBackfillsInBatches() throws SQLException {
    Driftless driftless = load(LibraryRevisions.V1.class, LibraryRevisions.SeedAuthors.class,
        LibraryRevisions.Online.class);
    driftless.migrate();
    assertEquals("0", one("SELECT count(*) FROM author WHERE born < DATE '1901-01-01'"));
    assertEquals("true", one("SELECT indisvalid::text FROM pg_index WHERE indexrelid = "
        + "'author_born_idx'::regclass"));
    assertEquals("1", one("SELECT count(*) FROM driftless_history WHERE revision_id = 'online'"));

    driftless.downgrade("-1");
    assertNull(one("SELECT to_regclass('author_born_idx')"));
  }

  @Test
  void concurrentWorkInATransactionalRevisionIsRefusedBeforeAnythingRuns() throws SQLException {
    Driftless driftless = load(LibraryRevisions.V1.class, LibraryRevisions.Misdeclared.class);
    driftless.upgrade("v1");
    MigrationException error = assertThrows(MigrationException.class, driftless::migrate);
    assertTrue(error.getMessage().contains("@Revision(transactional = false)"),
        error.getMessage());
    assertNull(one("SELECT to_regclass('never')"), "nothing was run");
  }

  @Test
  void aNonTransactionalRevisionThatFailsSaysWhatStayedAndIsNotRecorded() throws SQLException {
    Driftless driftless = load(LibraryRevisions.V1.class, LibraryRevisions.Halfway.class);
    MigrationException error = assertThrows(MigrationException.class, driftless::migrate);
    assertTrue(error.getMessage().contains("It is not transactional, so what ran before the "
        + "failure stays applied:\n    CREATE INDEX CONCURRENTLY \"author_born_idx\""),
        error.getMessage());
    assertTrue(error.getMessage().contains("DROP INDEX CONCURRENTLY"), error.getMessage());
    assertEquals("42P01", error.sqlState());
    assertEquals("author_born_idx", one("SELECT to_regclass('author_born_idx')"));
    assertEquals("0", one("SELECT count(*) FROM driftless_history WHERE revision_id = "
        + "'halfway'"));
  }

  @Test
  void theOfflineScriptRunsOnlineRevisionsOutsideATransaction() throws SQLException {
    Driftless driftless = load(LibraryRevisions.V1.class, LibraryRevisions.SeedAuthors.class,
        LibraryRevisions.Online.class);
    String script = driftless.upgradeScript("base", "head");
    assertTrue(script.contains("-- Revision online (upgrade): online index and backfill\n"
        + "-- NOT TRANSACTIONAL"), script);
    assertTrue(script.contains("INSERT INTO \"public\".\"author\" (\"name\", \"born\") VALUES\n"
        + "    ('author 0', '1900-01-01'),"), "literal values in the script");
    TestDatabases.execute(database, script);
    assertEquals("0", one("SELECT count(*) FROM author WHERE born < DATE '1901-01-01'"));
    assertTrue(driftless.migrate().applied().isEmpty(), "the script recorded every revision");
  }

  private String one(String sql) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getString(1);
    }
  }
}
