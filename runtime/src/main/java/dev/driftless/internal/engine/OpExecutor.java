package dev.driftless.internal.engine;

import dev.driftless.ops.Backfill;
import dev.driftless.ops.BulkInsert;
import dev.driftless.ops.ExecuteSql;
import dev.driftless.ops.SchemaOp;
import dev.driftless.sql.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Executes one op on a connection. Most ops are their rendered SQL; data ops bind their values
 * as parameters (never pasted into SQL), a bulk insert goes in chunks, and a backfill repeats
 * its batch until it changes nothing.
 */
final class OpExecutor {
  /** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters for any sane row. */
  static final int INSERT_CHUNK = 1000;

  private final Dialect dialect;

  OpExecutor(Dialect dialect) {
    this.dialect = dialect;
  }

  /** The statement that failed is reported through {@code failure}. */
  interface Failure {
    void at(String statement, SQLException cause);
  }

  /** Runs {@code op}, reporting slow statements and backfill batches to {@code progress}. */
  void execute(Connection connection, SchemaOp op, Failure failure,
      ProgressLog.Revision progress) {
    if (op instanceof ExecuteSql o && !o.parameters().isEmpty()) {
      // Shown as scripts show it, parameters inlined as literals.
      run(failure, progress, dialect.render(o).get(0), () -> {
        try (PreparedStatement statement = connection.prepareStatement(o.sql())) {
          bind(statement, o.parameters(), 0);
          statement.execute();
        }
      });
    } else if (op instanceof BulkInsert o) {
      for (int from = 0; from < o.rows().size(); from += INSERT_CHUNK) {
        List<List<Object>> chunk = o.rows().subList(from, Math.min(from + INSERT_CHUNK,
            o.rows().size()));
        String sql = insertSql(o, chunk.size());
        run(failure, progress, sql, () -> {
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 0;
            for (List<Object> row : chunk) {
              index = bind(statement, row, index);
            }
            statement.executeUpdate();
          }
        });
      }
    } else if (op instanceof Backfill o) {
      run(failure, progress, o.batchSql(), () -> {
        try (Statement statement = connection.createStatement()) {
          while (true) {
            long started = System.nanoTime();
            int rows = statement.executeUpdate(o.batchSql());
            if (rows == 0) {
              return;
            }
            if (!connection.getAutoCommit()) {
              connection.commit();
            }
            progress.backfillBatch(rows, System.nanoTime() - started);
          }
        }
      });
    } else {
      for (String sql : dialect.render(op)) {
        run(failure, progress, sql, () -> {
          try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
          }
        });
      }
    }
  }

  private interface Work {
    void run() throws SQLException;
  }

  private static void run(Failure failure, ProgressLog.Revision progress, String shown,
      Work work) {
    long started = System.nanoTime();
    try {
      work.run();
    } catch (SQLException e) {
      failure.at(shown, e);
      return;
    }
    progress.statement(shown, System.nanoTime() - started);
  }

  private static int bind(PreparedStatement statement, List<Object> values, int offset)
      throws SQLException {
    int index = offset;
    for (Object value : values) {
      statement.setObject(++index, value);
    }
    return index;
  }

  private String insertSql(BulkInsert insert, int rows) {
    String placeholders = Collections.nCopies(insert.columns().size(), "?").stream()
        .collect(Collectors.joining(", ", "(", ")"));
    List<String> values = new ArrayList<>(Collections.nCopies(rows, placeholders));
    return "INSERT INTO " + dialect.quoteIdentifier(insert.table()) + " ("
        + insert.columns().stream().map(dialect::quoteIdentifier)
            .collect(Collectors.joining(", "))
        + ") VALUES " + String.join(", ", values);
  }
}
