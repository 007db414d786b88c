package dev.driftless.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.Driftless;
import dev.driftless.TenantResult;
import dev.driftless.testing.LibraryRevisions;
import dev.driftless.testing.RevisionClassPath;
import dev.driftless.testing.SampleSchemas;
import dev.driftless.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One set of revisions, a schema per tenant, one of them broken. */
class TenantMigrationTest {
  @TempDir Path classes;

  @Test
  void everyTenantIsMigratedIndependentlyAndABrokenOneHarmsNoOther() throws SQLException {
    DataSource database = TestDatabases.fresh();
    // Tenant t03 already has a table in the way: its first revision must fail, alone.
    TestDatabases.execute(database, "CREATE SCHEMA t03", "CREATE TABLE t03.book (x int)");
    List<String> tenants = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      tenants.add(String.format("t%02d", i));
    }
    // Revisions for tenants keep to public: other schemas would be shared by every tenant.
    // SeedAuthors' unqualified UPDATE also shows the search_path at work.
    Driftless driftless = Driftless.configure().dataSource(database)
        .classLoader(RevisionClassPath.of(classes, SampleSchemas.library(),
            LibraryRevisions.V1.class, LibraryRevisions.SeedAuthors.class))
        .load();

    List<TenantResult> results = driftless.upgradeTenants(tenants, "head", 4);

    assertEquals(tenants, results.stream().map(TenantResult::schema).toList());
    for (TenantResult result : results) {
      if (result.schema().equals("t03")) {
        assertFalse(result.succeeded());
        assertTrue(result.failure().getMessage().contains("create table t03.book"),
            result.failure().getMessage());
        assertEquals(List.of(), ids(database, "t03"), "nothing of t03's revision remains");
        assertEquals(List.of("book"), tables(database, "t03"));
      } else {
        assertTrue(result.succeeded(), () -> result.schema() + ": " + result.failure());
        assertEquals(2, result.result().applied().size());
        assertEquals(List.of("data", "v1"), ids(database, result.schema()));
        assertEquals(List.of("1950-05-17"), strings(database, "SELECT born FROM "
            + result.schema() + ".author WHERE name LIKE 'O''Brien%'", null));
        assertTrue(driftless.checkTenant(result.schema()).isClean(),
            () -> driftless.checkTenant(result.schema()).format());
      }
    }
    assertEquals(List.of(), tables(database, "public"), "public is untouched");

    List<TenantResult> again = driftless.upgradeTenants(tenants, "head", 4);
    assertTrue(again.stream().filter(TenantResult::succeeded)
        .allMatch(r -> r.result().applied().isEmpty()), "a second run has nothing to do");
  }

  private static List<String> ids(DataSource database, String schema) throws SQLException {
    return strings(database, "SELECT revision_id FROM " + schema + ".driftless_history "
        + "ORDER BY revision_id", "SELECT 1 WHERE to_regclass('" + schema
        + ".driftless_history') IS NOT NULL");
  }

  private static List<String> tables(DataSource database, String schema) throws SQLException {
    return strings(database, "SELECT tablename FROM pg_tables WHERE schemaname = '" + schema
        + "' AND tablename <> 'driftless_history' ORDER BY tablename", null);
  }

  private static List<String> strings(DataSource database, String sql, String guard)
      throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      if (guard != null) {
        try (ResultSet exists = statement.executeQuery(guard)) {
          if (!exists.next()) {
            return values;
          }
        }
      }
      try (ResultSet rows = statement.executeQuery(sql)) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
    }
    return values;
  }
}
