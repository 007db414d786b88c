package dev.driftless.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.DriftException;
import dev.driftless.DriftReport;
import dev.driftless.Driftless;
import dev.driftless.MigrateResult;
import dev.driftless.MigrationException;
import dev.driftless.internal.drift.DriftCheck;
import dev.driftless.internal.engine.LoadedRevision;
import dev.driftless.internal.engine.VersionTable;
import dev.driftless.ops.SchemaOp;
import dev.driftless.schema.QualifiedName;
import dev.driftless.sql.PostgresDialect;
import dev.driftless.testing.LibraryRevisions;
import dev.driftless.testing.RevisionClassPath;
import dev.driftless.testing.SampleSchemas;
import dev.driftless.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine against a real (embedded) PostgreSQL. */
class MigrateAndVerifyTest {
  @TempDir Path classes;

  private final DataSource database = TestDatabases.fresh();

  private Driftless library() {
    return LibraryRevisions.library(database, classes).load();
  }

  @Test
  void migratesFromEmptyInParentOrderAndRecordsEachRevision() throws SQLException {
    MigrateResult result = library().migrate();
    assertEquals(List.of("v1", "v2"), result.applied().stream().map(MigrateResult.Applied::id)
        .toList());
    assertEquals(0, result.alreadyApplied());
    assertEquals(List.of("v1|create library|", "v2|grow library|v1"), query(
        "SELECT revision_id || '|' || message || '|' || parents FROM driftless_history "
            + "ORDER BY revision_id"));
  }

  @Test
  void migratingAgainIsANoOp() {
    library().migrate();
    MigrateResult again = library().migrate();
    assertEquals(List.of(), again.applied());
    assertEquals(2, again.alreadyApplied());
  }

  @Test
  void verifyPassesAfterMigrate() {
    Driftless driftless = library();
    driftless.migrate();
    DriftReport report = driftless.verify();
    assertTrue(report.isClean(), report::format);
  }

  @Test
  void verifyFailsBeforeMigrateNamingWhatIsMissing() {
    DriftException drift = assertThrows(DriftException.class, () -> library().verify());
    assertTrue(drift.getMessage().contains("table public.author"), drift.getMessage());
  }

  @Test
  void verifyReportsAColumnAddedByHandNamingIt() {
    Driftless driftless = library();
    driftless.migrate();
    TestDatabases.execute(database, "ALTER TABLE author ADD COLUMN nickname text");

    DriftException drift = assertThrows(DriftException.class, driftless::verify);
    assertEquals(1, drift.report().differences().size(), drift.report()::format);
    assertEquals("column public.author.nickname", drift.report().differences().get(0).object());
    assertEquals("ALTER TABLE \"public\".\"author\" DROP COLUMN \"nickname\"",
        drift.report().differences().get(0).reconcileSql());
    assertTrue(drift.getMessage().contains("nickname"), drift.getMessage());
  }

  @Test
  void aFailingRevisionRollsBackWhollyAndSaysWhereItFailed() throws SQLException {
    Driftless driftless = Driftless.configure().dataSource(database)
        .classLoader(RevisionClassPath.of(classes, SampleSchemas.library(),
            LibraryRevisions.V1.class, LibraryRevisions.Broken.class))
        .load();

    MigrationException error = assertThrows(MigrationException.class, driftless::migrate);
    assertEquals("broken", error.revisionId());
    assertEquals("42P01", error.sqlState());
    assertTrue(error.statement().contains("\"no_such_table\""), error.statement());
    assertTrue(error.getMessage().contains("add column public.no_such_table.x"),
        error.getMessage());
    assertTrue(error.getMessage().contains(LibraryRevisions.Broken.class.getName()),
        error.getMessage());
    assertEquals(List.of("v1"), query("SELECT revision_id FROM driftless_history"));
    assertEquals(List.of(), query("SELECT relname FROM pg_class WHERE relname = 'half'"),
        "the table created earlier in the failed revision must be rolled back");
    assertTrue(driftless.check().isClean(), "the database still matches revision v1");
  }

  @Test
  void downgradeSqlRestoresThePreviousSchemaExactly() throws SQLException {
    library().migrate();
    List<String> statements = new ArrayList<>();
    PostgresDialect dialect = new PostgresDialect();
    for (SchemaOp op : new LoadedRevision("v2", List.of("v1"), "", new LibraryRevisions.V2())
        .downgradeOps()) {
      statements.addAll(dialect.render(op));
    }
    TestDatabases.execute(database, statements.toArray(String[]::new));
    DriftReport report = new DriftCheck(SampleSchemas.library(),
        VersionTable.DEFAULT_NAME, dialect).check(database);
    assertTrue(report.isClean(), report::format);
  }

  @Test
  void concurrentMigratorsApplyEachRevisionExactlyOnce() throws Exception {
    ClassLoader revisions = RevisionClassPath.of(classes, SampleSchemas.libraryLater(),
        LibraryRevisions.V1.class, LibraryRevisions.V2.class);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<MigrateResult>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        // Each migrator is its own instance with its own connection, as in 8 application nodes.
        runs.add(pool.submit(() -> Driftless.configure().dataSource(database)
            .classLoader(revisions).load().migrate()));
      }
      int applied = 0;
      for (Future<MigrateResult> run : runs) {
        applied += run.get().applied().size();
      }
      assertEquals(2, applied);
      assertEquals(List.of("v1", "v2"),
          query("SELECT revision_id FROM driftless_history ORDER BY revision_id"));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aDifferentVersionTableKeepsItsOwnHistory() throws SQLException {
    Driftless.configure().dataSource(database)
        .classLoader(RevisionClassPath.of(classes, SampleSchemas.libraryLater(),
            LibraryRevisions.V1.class, LibraryRevisions.V2.class))
        .versionTable("ops", "schema_history")
        .load().migrate();
    assertEquals(List.of("v1", "v2"),
        query("SELECT revision_id FROM ops.schema_history ORDER BY revision_id"));
    assertFalse(query("SELECT to_regclass('public.driftless_history')::text").stream()
        .anyMatch(v -> v != null));
    assertEquals(QualifiedName.of("public", "driftless_history"), VersionTable.DEFAULT_NAME);
  }

  private List<String> query(String sql) {
    return TestDatabases.query(database, sql);
  }

}
