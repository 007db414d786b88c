package dev.driftless.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.testing.TestDatabases;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The reader's plans must not depend on catalog statistics, which are stale right after a
 * migration: with statistics taken before any table had a comment or a default, a join to
 * {@code pg_description} became a nested loop comparing every column with every comment (815,108
 * rows removed by its join filter at 300 tables). Counted, not timed: the rows the reader's
 * statements discard in join filters stay a small multiple of the tables.
 */
class ReaderPlansTest {
  private static final Pattern REMOVED = Pattern.compile("Rows Removed by Join Filter: (\\d+)");
  private static final int TABLES = 300;

  /** One statement the reader prepared, with the arrays bound to it. */
  private record Prepared(String sql, Map<Integer, Array> arrays) {}

  @Test
  void staleStatisticsDoNotMakeAnyStatementCompareEveryRowWithEveryOther() throws Exception {
    DataSource database = TestDatabases.fresh();
    // Statistics of catalogs that hold no comment or default of a table yet, as before a
    // migration; the tables come after.
    TestDatabases.execute(database, "ANALYZE pg_description", "ANALYZE pg_attrdef",
        "ANALYZE pg_class", "ANALYZE pg_attribute", "ANALYZE pg_constraint", "ANALYZE pg_index");
    List<String> ddl = new ArrayList<>();
    for (int i = 0; i < TABLES; i++) {
      String table = "t" + i;
      ddl.add("CREATE TABLE " + table + " (id int PRIMARY KEY, name text NOT NULL, "
          + "quantity int DEFAULT 0 CHECK (quantity >= 0), note text, day date)");
      ddl.add("CREATE INDEX " + table + "_day_idx ON " + table + " (day) WHERE quantity > 0");
      ddl.add("COMMENT ON TABLE " + table + " IS 'table " + i + "'");
      ddl.add("COMMENT ON COLUMN " + table + ".note IS 'note " + i + "'");
    }
    TestDatabases.execute(database, ddl.toArray(String[]::new));

    List<Prepared> statements = new ArrayList<>();
    try (Connection connection = database.getConnection()) {
      new PostgresCatalogReader().read(recording(connection, statements), List.of("public"),
          Set.of());
    }

    long removed = 0;
    try (Connection connection = database.getConnection()) {
      for (Prepared prepared : statements) {
        try (PreparedStatement explain = connection.prepareStatement(
            "EXPLAIN (ANALYZE, TIMING OFF) " + prepared.sql())) {
          for (Map.Entry<Integer, Array> array : prepared.arrays().entrySet()) {
            explain.setArray(array.getKey(), array.getValue());
          }
          try (ResultSet plan = explain.executeQuery()) {
            while (plan.next()) {
              Matcher matcher = REMOVED.matcher(plan.getString(1));
              if (matcher.find()) {
                removed += Long.parseLong(matcher.group(1));
              }
            }
          }
        }
      }
    }
    assertEquals(7, statements.size(), "the reader's seven statements");
    assertTrue(removed < 10L * TABLES, "rows removed by join filters: " + removed);
  }

  /** {@code connection}, noting each statement prepared on it and the arrays bound to it. */
  private static Connection recording(Connection connection, List<Prepared> statements) {
    return (Connection) Proxy.newProxyInstance(ReaderPlansTest.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (self, method, args) -> {
          Object result = invoke(method, connection, args);
          if (method.getName().equals("prepareStatement")) {
            Prepared prepared = new Prepared((String) args[0], new LinkedHashMap<>());
            statements.add(prepared);
            PreparedStatement target = (PreparedStatement) result;
            return Proxy.newProxyInstance(ReaderPlansTest.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (s, m, a) -> {
                  if (m.getName().equals("setArray")) {
                    prepared.arrays().put((Integer) a[0], (Array) a[1]);
                  }
                  return invoke(m, target, a);
                });
          }
          return result;
        });
  }

  private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
