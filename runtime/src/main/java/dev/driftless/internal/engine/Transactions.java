package dev.driftless.internal.engine;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work in one transaction on a connection that is otherwise in autocommit mode. */
final class Transactions {
  private Transactions() {}

  interface Work {
    void run() throws SQLException;
  }

  /** Commits if {@code work} returns, rolls back if it throws; autocommit is restored either way. */
  static void inTransaction(Connection connection, Work work) throws SQLException {
    connection.setAutoCommit(false);
    try {
      work.run();
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }
}
