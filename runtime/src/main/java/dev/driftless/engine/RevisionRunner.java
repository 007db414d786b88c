package dev.driftless.engine;

import dev.driftless.ops.SchemaOp;
import dev.driftless.sql.Dialect;
import dev.driftless.sql.PostgresDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one revision, up or down, in one transaction together with its version-table change, under
 * the revision's (or the run's) {@code lock_timeout} and {@code statement_timeout}. A failure rolls
 * the whole revision back and names the revision, the operation, the statement and the SQLSTATE.
 */
final class RevisionRunner {
  private static final Logger LOG = LoggerFactory.getLogger(RevisionRunner.class);

  private final Dialect dialect;
  private final VersionTable versionTable;
  private final Timeouts timeouts;

  /** The run's default timeouts, as PostgreSQL intervals ({@code "5s"}), or null for none. */
  record Timeouts(String lockTimeout, String statementTimeout) {
    static final Timeouts NONE = new Timeouts(null, null);
  }

  RevisionRunner(Dialect dialect, VersionTable versionTable, Timeouts timeouts) {
    this.dialect = dialect;
    this.versionTable = versionTable;
    this.timeouts = timeouts;
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
    List<String> rendered = new ArrayList<>();
    long started = System.nanoTime();
    connection.setAutoCommit(false);
    try {
      applyTimeouts(connection, revision);
      for (SchemaOp op : ops) {
        for (String sql : dialect.render(op)) {
          rendered.add(sql);
          execute(connection, revision, op, sql, up);
        }
      }
      long millis = (System.nanoTime() - started) / 1_000_000;
      if (up) {
        versionTable.record(connection, revision, Checksums.of(rendered), millis);
      } else {
        versionTable.delete(connection, revision.id());
      }
      connection.commit();
      LOG.info("{} revision {} ({}) in {} ms", up ? "Applied" : "Reverted", revision.id(),
          revision.message(), millis);
      return new MigrateResult.Applied(revision.id(), revision.message(), rendered.size(), millis);
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private void applyTimeouts(Connection connection, LoadedRevision revision) throws SQLException {
    String lock = revision.lockTimeout() != null ? revision.lockTimeout() : timeouts.lockTimeout();
    String statement = revision.statementTimeout() != null
        ? revision.statementTimeout() : timeouts.statementTimeout();
    try (Statement set = connection.createStatement()) {
      if (lock != null) {
        set.execute("SET LOCAL lock_timeout = " + PostgresDialect.literal(lock));
      }
      if (statement != null) {
        set.execute("SET LOCAL statement_timeout = " + PostgresDialect.literal(statement));
      }
    }
  }

  private static void execute(Connection connection, LoadedRevision revision, SchemaOp op,
      String sql, boolean up) {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      String hint = "55P03".equals(e.getSQLState())
          ? "It waited longer than lock_timeout for a lock another session holds; retry when "
              + "the table is quieter, or raise lockTimeout.\n"
          : "57014".equals(e.getSQLState())
              ? "It ran longer than statement_timeout; raise statementTimeout for this revision "
                  + "(@Revision(statementTimeout = ...)).\n"
              : "";
      throw new MigrationException(revision.id(),
          "Revision " + revision.id() + " (" + revision.className() + ") failed "
              + (up ? "to upgrade" : "to downgrade") + " and was rolled back; the revisions "
              + "before it stay as they were.\n"
              + "  operation: " + op.describe() + "\n"
              + "  statement: " + sql + "\n"
              + "  error:     " + e.getMessage() + " (SQLSTATE " + e.getSQLState() + ")\n"
              + hint
              + "Fix the revision or the database, then run again.",
          sql, e.getSQLState(), e);
    }
  }
}
