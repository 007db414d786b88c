package dev.driftless.internal.catalog;

import dev.driftless.diff.Equivalence;
import dev.driftless.ops.CreateIndex;
import dev.driftless.schema.CheckConstraint;
import dev.driftless.schema.Column;
import dev.driftless.schema.Index;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Table;
import dev.driftless.sql.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Makes the live schema comparable with the snapshot where PostgreSQL rewrote an expression.
 *
 * <p>PostgreSQL stores defaults, check constraints and index definitions in its own canonical
 * form: {@code 'x'} becomes {@code 'x'::character varying}, {@code status IN ('A', 'B')} becomes
 * {@code (status)::text = ANY (...)}. Rather than imitate those rules, this asks PostgreSQL: for
 * each expression whose text differs from the live one, it applies the snapshot's version to a
 * temporary copy of the table inside a transaction that is always rolled back, reads the copy
 * back with the same {@link PostgresCatalogReader}, and compares canonical forms. When they match,
 * the live object takes the snapshot's spelling, so the differ sees no change.
 *
 * <p>Nothing is probed when the texts already agree, so a database migrated by Driftless (whose
 * expressions are the ones PostgreSQL produced) costs no extra round trips.
 */
public final class PostgresCanonicalizer {
  private static final String PROBE_PREFIX = "driftless_probe_";

  private final PostgresCatalogReader reader = new PostgresCatalogReader();
  private final Dialect dialect;

  /** Probes with statements written in {@code dialect}. */
  public PostgresCanonicalizer(Dialect dialect) {
    this.dialect = dialect;
  }

  /** {@code live}, with every expression equivalent to the snapshot's spelled as in the snapshot. */
  public Schema align(Connection connection, Schema snapshot, Schema live) throws SQLException {
    Map<QualifiedName, List<Probe>> probes = new LinkedHashMap<>();
    Map<QualifiedName, Table> changed = new LinkedHashMap<>();
    for (Table expected : snapshot.tables()) {
      Optional<Table> actual = live.table(expected.name());
      if (actual.isEmpty() || actual.get().equals(expected)) {
        continue;
      }
      List<Probe> tableProbes = new ArrayList<>();
      Table.Builder table = actual.get().toBuilder();
      collect(expected, actual.get(), table, tableProbes);
      changed.put(expected.name(), table.build());
      if (!tableProbes.isEmpty()) {
        probes.put(expected.name(), tableProbes);
      }
    }
    Schema aligned = live.withTables(changed);
    return probes.isEmpty() ? aligned : probe(connection, aligned, probes);
  }

  /** Aligns what light normalization settles, and records a probe for everything else. */
  private static void collect(Table expected, Table actual, Table.Builder aligned,
      List<Probe> probes) {
    for (Column column : expected.columns()) {
      actual.column(column.name()).ifPresent(live -> {
        String want = column.defaultExpression();
        String have = live.defaultExpression();
        if (want != null && have != null && !want.equals(have)) {
          if (light(want).equals(light(have))) {
            aligned.mapColumns(c -> c.name().equals(column.name()) ? c.defaultValue(want) : c);
          } else {
            probes.add(new Probe.Default(column.name(), want));
          }
        }
      });
    }
    for (CheckConstraint check : expected.checkConstraints()) {
      actual.checkConstraints().stream().filter(c -> c.name().equals(check.name())).findFirst()
          .filter(live -> !live.expression().equals(check.expression()))
          .ifPresent(live -> {
            if (light(live.expression()).equals(light(check.expression()))) {
              aligned.replaceCheck(check);
            } else {
              probes.add(new Probe.Check(check));
            }
          });
    }
    for (Index index : expected.indexes()) {
      actual.indexes().stream().filter(i -> i.name().equals(index.name())).findFirst()
          .filter(live -> !live.equals(index) && live.unique() == index.unique())
          .ifPresent(live -> probes.add(new Probe.IndexProbe(index)));
    }
  }

  private Schema probe(Connection connection, Schema live, Map<QualifiedName, List<Probe>> probes)
      throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      Map<QualifiedName, String> copies = new LinkedHashMap<>();
      int tableNumber = 0;
      for (Map.Entry<QualifiedName, List<Probe>> entry : probes.entrySet()) {
        String copy = PROBE_PREFIX + tableNumber++;
        statement.execute("CREATE TEMPORARY TABLE " + dialect.quoteIdentifier(copy)
            + " (LIKE " + dialect.quoteIdentifier(entry.getKey()) + ")");
        copies.put(entry.getKey(), copy);
        int probeNumber = 0;
        for (Probe probe : entry.getValue()) {
          String sql = probe.sql(dialect, copy, copy + "_" + probeNumber++);
          Savepoint savepoint = connection.setSavepoint();
          try {
            statement.execute(sql);
            connection.releaseSavepoint(savepoint);
          } catch (SQLException e) {
            // The snapshot's expression does not even apply: leave it as a difference.
            connection.rollback(savepoint);
          }
        }
      }
      String temp = tempSchema(statement);
      Schema canonical = reader.read(connection, List.of(temp), Set.of());
      Map<QualifiedName, Table> changed = new LinkedHashMap<>();
      for (Map.Entry<QualifiedName, List<Probe>> entry : probes.entrySet()) {
        Table copy = canonical.table(QualifiedName.of(temp, copies.get(entry.getKey())))
            .orElseThrow();
        Table actual = live.table(entry.getKey()).orElseThrow();
        Table.Builder table = actual.toBuilder();
        for (Probe probe : entry.getValue()) {
          probe.alignIfEquivalent(copy, actual, table);
        }
        changed.put(entry.getKey(), table.build());
      }
      return live.withTables(changed);
    } finally {
      connection.rollback();
      connection.setAutoCommit(autoCommit);
    }
  }

  private static String tempSchema(Statement statement) throws SQLException {
    try (ResultSet row = statement.executeQuery("SELECT pg_my_temp_schema()::regnamespace")) {
      row.next();
      return row.getString(1);
    }
  }

  /**
   * Spelling differences that carry no meaning, as the differ judges them ({@link Equivalence}):
   * one rule for the processor and the drift check.
   */
  private static String light(String expression) {
    return Equivalence.spelling(expression);
  }

  /** One snapshot expression to have PostgreSQL canonicalize. */
  private sealed interface Probe {
    /** The statement that applies the snapshot's version to the copy. */
    String sql(Dialect dialect, String copy, String uniqueName);

    /** Gives {@code aligned} the snapshot's spelling if the copy now matches {@code live}. */
    void alignIfEquivalent(Table copy, Table live, Table.Builder aligned);

    record Default(String column, String expression) implements Probe {
      @Override
      public String sql(Dialect dialect, String copy, String uniqueName) {
        return "ALTER TABLE " + dialect.quoteIdentifier(copy) + " ALTER COLUMN "
            + dialect.quoteIdentifier(column) + " SET DEFAULT " + expression;
      }

      @Override
      public void alignIfEquivalent(Table copy, Table live, Table.Builder aligned) {
        String canonical = copy.column(column).map(Column::defaultExpression).orElse(null);
        String actual = live.column(column).map(Column::defaultExpression).orElse(null);
        if (canonical != null && actual != null && light(canonical).equals(light(actual))) {
          aligned.mapColumns(c -> c.name().equals(column) ? c.defaultValue(expression) : c);
        }
      }
    }

    record Check(CheckConstraint check) implements Probe {
      @Override
      public String sql(Dialect dialect, String copy, String uniqueName) {
        return "ALTER TABLE " + dialect.quoteIdentifier(copy) + " ADD CONSTRAINT "
            + dialect.quoteIdentifier(check.name()) + " CHECK (" + check.expression()
            + ") NOT VALID";
      }

      @Override
      public void alignIfEquivalent(Table copy, Table live, Table.Builder aligned) {
        Optional<String> canonical = expression(copy, check.name());
        Optional<String> actual = expression(live, check.name());
        if (canonical.isPresent() && actual.isPresent()
            && light(canonical.get()).equals(light(actual.get()))) {
          aligned.replaceCheck(check);
        }
      }

      private static Optional<String> expression(Table table, String name) {
        return table.checkConstraints().stream().filter(c -> c.name().equals(name))
            .map(CheckConstraint::expression).findFirst();
      }
    }

    record IndexProbe(Index index) implements Probe {
      @Override
      public String sql(Dialect dialect, String copy, String uniqueName) {
        Index renamed = new Index(uniqueName, index.columns(), index.unique(), index.method(),
            index.where());
        // The dialect's own CREATE INDEX, aimed at the copy in the session's temporary schema.
        return dialect.render(
            new CreateIndex(QualifiedName.of("pg_temp", copy), renamed)).get(0);
      }

      @Override
      public void alignIfEquivalent(Table copy, Table live, Table.Builder aligned) {
        Optional<Index> actual = live.indexes().stream()
            .filter(i -> i.name().equals(index.name())).findFirst();
        if (actual.isPresent()
            && copy.indexes().stream().anyMatch(i -> sameShape(i, actual.get()))) {
          aligned.replaceIndex(index);
        }
      }

      private static boolean sameShape(Index a, Index b) {
        return a.unique() == b.unique() && a.method().equals(b.method())
            && a.columns().equals(b.columns())
            && Objects.equals(a.where() == null ? null : light(a.where()),
                b.where() == null ? null : light(b.where()));
      }
    }
  }
}
