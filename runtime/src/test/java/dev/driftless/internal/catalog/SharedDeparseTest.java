package dev.driftless.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.driftless.schema.CheckConstraint;
import dev.driftless.schema.Index;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Table;
import dev.driftless.testing.TestDatabases;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The reader deparses equal expressions once; these are the cases where equal stored trees must
 * still print differently, because the columns they name differ or the tree names the table.
 */
class SharedDeparseTest {

  @Test
  void equalTreesOnDifferentlyNamedColumnsKeepTheirOwnNames() throws Exception {
    DataSource database = TestDatabases.fresh();
    // Same column numbers, same text positions: the stored trees are identical.
    TestDatabases.execute(database,
        "CREATE TABLE aa (x int, CONSTRAINT aa_c CHECK (x > 0))",
        "CREATE TABLE bb (y int, CONSTRAINT bb_c CHECK (y > 0))",
        "CREATE TABLE cc (x int, CONSTRAINT cc_c CHECK (x > 0))",
        "CREATE INDEX aa_i ON aa (x) WHERE x > 1",
        "CREATE INDEX bb_i ON bb (y) WHERE y > 1",
        "CREATE INDEX cc_i ON cc (x) WHERE x > 1",
        "ALTER TABLE cc ADD CONSTRAINT cc_nv CHECK (x < 9) NOT VALID",
        "ALTER TABLE aa ADD CONSTRAINT aa_nv CHECK (x < 9)",
        "CREATE TABLE dd (z int, CONSTRAINT dd_row CHECK (dd IS NOT NULL))",
        "CREATE TABLE ee (z int, CONSTRAINT ee_row CHECK (ee IS NOT NULL))");

    try (Connection connection = database.getConnection()) {
      Schema live = new PostgresCatalogReader().read(connection, List.of("public"), Set.of());

      assertEquals(List.of("x > 0", "x < 9"), checks(live, "aa"));
      assertEquals(List.of("y > 0"), checks(live, "bb"));
      assertEquals(List.of("x > 0", "x < 9"), checks(live, "cc"));
      assertEquals("x > 1", predicate(live, "aa", "aa_i"));
      assertEquals("y > 1", predicate(live, "bb", "bb_i"));
      assertEquals("x > 1", predicate(live, "cc", "cc_i"));
      assertEquals(List.of("dd.* IS NOT NULL"), checks(live, "dd"));
      assertEquals(List.of("ee.* IS NOT NULL"), checks(live, "ee"));
    }
  }

  @Test
  void eachColumnGetsItsOwnTypeAndDefaultWhenTheyArePrintedOncePerDistinctOne()
      throws Exception {
    DataSource database = TestDatabases.fresh();
    TestDatabases.execute(database,
        "CREATE TABLE aa (a varchar(10) DEFAULT 'x', b numeric(12, 2) DEFAULT 0, "
            + "c timestamptz DEFAULT now(), g int GENERATED ALWAYS AS (length(a)) STORED)",
        "CREATE TABLE bb (a varchar(20) DEFAULT 'x', b numeric(12, 2) DEFAULT 1, "
            + "c timestamp DEFAULT now(), g int GENERATED ALWAYS AS (length(a) + 1) STORED)");

    try (Connection connection = database.getConnection()) {
      Schema live = new PostgresCatalogReader().read(connection, List.of("public"), Set.of());

      assertEquals(List.of("a character varying(10) 'x'::character varying",
          "b numeric(12,2) 0", "c timestamp with time zone now()",
          "g integer length((a)::text)"), columns(live, "aa"));
      assertEquals(List.of("a character varying(20) 'x'::character varying",
          "b numeric(12,2) 1", "c timestamp without time zone now()",
          "g integer (length((a)::text) + 1)"), columns(live, "bb"));
    }
  }

  private static List<String> columns(Schema schema, String table) {
    return schema.table(QualifiedName.of("public", table)).orElseThrow().columns().stream()
        .map(c -> c.name() + " " + c.type().sql() + " " + c.defaultExpression()).toList();
  }

  private static List<String> checks(Schema schema, String table) {
    return schema.table(QualifiedName.of("public", table)).orElseThrow().checkConstraints()
        .stream().sorted((a, b) -> a.name().endsWith("_c") ? -1 : 1)
        .map(CheckConstraint::expression).toList();
  }

  private static String predicate(Schema schema, String table, String index) {
    Table t = schema.table(QualifiedName.of("public", table)).orElseThrow();
    return t.indexes().stream().filter(i -> i.name().equals(index)).findFirst()
        .map(Index::where).orElseThrow();
  }
}
