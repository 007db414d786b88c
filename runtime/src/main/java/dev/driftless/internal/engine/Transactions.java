package dev.driftless.internal.engine;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work in one transaction on a connection that is otherwise in autocommit mode. */
final class Transactions {
  private Transactions() {}

  interface Work {
    void run() throws SQLException;
  }

  /**
   * Commits if {@code work} returns, rolls back if it throws; autocommit is restored either way.
   *
   * <p>When {@code work} fails, its exception is the one thrown: if the connection is gone (the
   * server ended the session, the network dropped), the rollback and the autocommit reset fail
   * too, with a bare "connection has been closed" that says nothing of what was running. Those
   * failures are attached to the original as suppressed exceptions instead of replacing it.
   */
  static void inTransaction(Connection connection, Work work) throws SQLException {
    connection.setAutoCommit(false);
    try {
      work.run();
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      attempt(e, connection::rollback);
      attempt(e, () -> connection.setAutoCommit(true));
      throw e;
    }
    connection.setAutoCommit(true);
  }

  /** Runs {@code cleanup}; if it fails, its failure is added to {@code primary}, not thrown. */
  static void attempt(Throwable primary, Work cleanup) {
    try {
      cleanup.run();
    } catch (SQLException | RuntimeException e) {
      primary.addSuppressed(e);
    }
  }
}
