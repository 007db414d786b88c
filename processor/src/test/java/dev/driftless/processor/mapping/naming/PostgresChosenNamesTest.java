package dev.driftless.processor.mapping.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.driftless.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The names PostgreSQL itself gives unnamed constraints, long names above all. */
class PostgresChosenNamesTest {
  private static final String TABLE = "a_table_name_that_is_rather_long_as_legacy_names_often_are_x";
  private static final String COLUMN = "a_column_with_a_long_name_too";

  @Test
  void unnamedConstraintsAreNamedAsPostgresqlNamesThem() throws Exception {
    DataSource database = TestDatabases.fresh();
    TestDatabases.execute(database, "create table " + TABLE + " (id bigint primary key, "
        + COLUMN + " int unique check (" + COLUMN + " > 0), b int, c int, unique (b, c, "
        + COLUMN + "), check (b < c))", "create table short (id int primary key, "
        + "v int unique)");
    List<String> names = new ArrayList<>();
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select conname from pg_constraint c join "
            + "pg_class t on t.oid = c.conrelid where t.relname in ('" + TABLE + "', 'short') "
            + "order by conname")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    List<String> ours = new ArrayList<>(List.of(
        PostgresChosenNames.primaryKey(TABLE),
        PostgresChosenNames.unique(TABLE, List.of(COLUMN)),
        PostgresChosenNames.unique(TABLE, List.of("b", "c", COLUMN)),
        PostgresChosenNames.check(TABLE, COLUMN),
        PostgresChosenNames.check(TABLE, null),
        PostgresChosenNames.primaryKey("short"),
        PostgresChosenNames.unique("short", List.of("v"))));
    ours.sort(null);
    assertEquals(names, ours);
  }
}
