package dev.driftless.internal.engine;

import dev.driftless.MigrateResult;
import dev.driftless.MigrationException;
import dev.driftless.ops.SchemaOp;
import dev.driftless.sql.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one revision, up or down, under the revision's (or the run's) {@code lock_timeout} and
 * {@code statement_timeout}.
 *
 * <p>A transactional revision (the default) runs in one transaction together with its
 * version-table change: a failure rolls all of it back. A revision declared
 * {@code transactional = false} runs statement by statement and is recorded at the end; a
 * failure leaves the statements before it applied, and the error lists them and says how to
 * recover. Either way the error names the revision, the operation, the statement and the SQLSTATE.
 */
final class RevisionRunner {
  private final Dialect dialect;
  private final OpExecutor executor;
  private final VersionTable versionTable;
  private final Timeouts timeouts;
  private final ProgressLog progress;

  /**
   * The run's default timeouts, or null to leave the session's; a revision's own win. Set as
   * whole milliseconds, {@code lock_timeout = '5000ms'}.
   */
  record Timeouts(Duration lockTimeout, Duration statementTimeout) {

    String lockTimeoutInterval() {
      return interval(lockTimeout);
    }

    String statementTimeoutInterval() {
      return interval(statementTimeout);
    }

    private static String interval(Duration timeout) {
      return timeout == null ? null : timeout.toMillis() + "ms";
    }
  }

  RevisionRunner(Dialect dialect, VersionTable versionTable, Timeouts timeouts,
      ProgressLog progress) {
    this.dialect = dialect;
    this.executor = new OpExecutor(dialect);
    this.versionTable = versionTable;
    this.timeouts = timeouts;
    this.progress = progress;
  }

  MigrateResult.Applied upgrade(Connection connection, LoadedRevision revision)
      throws SQLException {
    return run(connection, revision, revision.upgradeOps(), true);
  }

  MigrateResult.Applied downgrade(Connection connection, LoadedRevision revision)
      throws SQLException {
    return run(connection, revision, revision.downgradeOps(), false);
  }

  private MigrateResult.Applied run(Connection connection, LoadedRevision revision,
      List<SchemaOp> ops, boolean up) throws SQLException {
    if (revision.transactional()) {
      for (SchemaOp op : ops) {
        if (op.needsNoTransaction()) {
          throw new MigrationException(revision.id(), "Revision " + revision.id() + " ("
              + revision.className() + ") cannot run as it is: \"" + op.describe() + "\" cannot "
              + "run inside a transaction. Declare the revision @Revision(transactional = false),"
              + " keeping only such work in it. Nothing was run.", null, null, null);
        }
      }
    }
    List<String> rendered = new ArrayList<>();
    ops.forEach(op -> rendered.addAll(dialect.render(op)));
    ProgressLog.Revision report = progress.start(revision, up, rendered.size());
    long started = System.nanoTime();
    if (revision.transactional()) {
      Transactions.inTransaction(connection, () -> {
        setTimeouts(connection, revision, "SET LOCAL ");
        execute(connection, revision, ops, up, List.of(), report);
        finish(connection, revision, up, rendered, started);
      });
    } else {
      connection.setAutoCommit(true);
      try {
        setTimeouts(connection, revision, "SET ");
        execute(connection, revision, ops, up, rendered, report);
        finish(connection, revision, up, rendered, started);
      } catch (SQLException | RuntimeException e) {
        // On a lost connection the reset fails too; the revision's error is the one to report.
        Transactions.attempt(e, () -> resetTimeouts(connection));
        throw e;
      }
      resetTimeouts(connection);
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    report.done(millis);
    return new MigrateResult.Applied(revision.id(), revision.message(), rendered.size(), millis);
  }

  private void finish(Connection connection, LoadedRevision revision, boolean up,
      List<String> rendered, long started) throws SQLException {
    long millis = (System.nanoTime() - started) / 1_000_000;
    if (up) {
      versionTable.record(connection, revision, Checksums.of(rendered), millis);
    } else {
      versionTable.delete(connection, revision.id());
    }
  }

  private static void resetTimeouts(Connection connection) throws SQLException {
    try (Statement reset = connection.createStatement()) {
      reset.execute("RESET lock_timeout");
      reset.execute("RESET statement_timeout");
    }
  }

  private void setTimeouts(Connection connection, LoadedRevision revision, String set)
      throws SQLException {
    String lock = revision.lockTimeout() != null
        ? revision.lockTimeout() : timeouts.lockTimeoutInterval();
    String statement = revision.statementTimeout() != null
        ? revision.statementTimeout() : timeouts.statementTimeoutInterval();
    try (Statement timeout = connection.createStatement()) {
      if (lock != null) {
        timeout.execute(set + "lock_timeout = " + dialect.stringLiteral(lock));
      }
      if (statement != null) {
        timeout.execute(set + "statement_timeout = " + dialect.stringLiteral(statement));
      }
    }
  }

  /** Runs the ops; {@code allStatements} non-empty means "not transactional", for the report. */
  private void execute(Connection connection, LoadedRevision revision, List<SchemaOp> ops,
      boolean up, List<String> allStatements, ProgressLog.Revision report) {
    List<String> done = new ArrayList<>();
    for (SchemaOp op : ops) {
      executor.execute(connection, op, (statement, e) -> {
        throw failure(revision, op, statement, e, up, allStatements.isEmpty() ? null : done);
      }, report);
      done.addAll(dialect.render(op));
    }
  }

  /** Class 08 (connection exception) or 57P01..57P05 (the server ended the session). */
  private static boolean connectionLost(String sqlState) {
    return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P"));
  }

  private static MigrationException failure(LoadedRevision revision, SchemaOp op, String sql,
      SQLException e, boolean up, List<String> doneOutsideTransaction) {
    String hint = "55P03".equals(e.getSQLState())
        ? "It waited longer than lock_timeout for a lock another session holds; retry when "
            + "the table is quieter, or raise lockTimeout.\n"
        : "57014".equals(e.getSQLState())
            ? "It ran longer than statement_timeout; raise statementTimeout for this revision "
                + "(@Revision(statementTimeout = ...)).\n"
            : ("42P07".equals(e.getSQLState()) || "42710".equals(e.getSQLState()))
                && revision.parents().isEmpty() && up
            ? "The database already has what the first revision creates: it was made by other "
                + "means (Hibernate's ddl-auto, Flyway, by hand). If its schema is the "
                + "snapshot's, run baseline (Driftless.baseline(), `driftless baseline`) instead "
                + "of migrating it.\n"
            : connectionLost(e.getSQLState())
            ? "The connection to the database was lost: the server ended the session "
                + "(pg_terminate_backend, a restart, an idle or proxy timeout) or the network "
                + "dropped; the server log says which.\n"
            : "";
    String outcome = doneOutsideTransaction == null
        ? "failed " + (up ? "to upgrade" : "to downgrade") + " and was rolled back; the "
            + "revisions before it stay as they were.\n"
        : "failed " + (up ? "to upgrade" : "to downgrade") + ". It is not transactional, so "
            + "what ran before the failure stays applied"
            + (doneOutsideTransaction.isEmpty() ? " (nothing did)" : ":\n    "
                + String.join(";\n    ", doneOutsideTransaction))
            + "\n  and the revision is not recorded. A failed CREATE INDEX CONCURRENTLY leaves an "
            + "INVALID index: drop it (DROP INDEX CONCURRENTLY ...) before running again; undo "
            + "or keep the rest by hand so that running the revision again succeeds.\n";
    return new MigrationException(revision.id(),
        "Revision " + revision.id() + " (" + revision.className() + ") " + outcome
            + "  operation: " + op.describe() + "\n"
            + "  statement: " + sql + "\n"
            + "  error:     " + e.getMessage() + " (SQLSTATE " + e.getSQLState() + ")\n"
            + hint
            + "Fix the revision or the database, then run again.",
        sql, e.getSQLState(), e);
  }
}
