package dev.driftless.internal.engine;

import dev.driftless.sql.PostgresDialect;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Connections whose {@code search_path} starts with one schema, so that a revision's raw SQL with
 * unqualified names works on a tenant's tables.
 */
final class SearchPathDataSource implements DataSource {
  private final DataSource delegate;
  private final String schema;

  SearchPathDataSource(DataSource delegate, String schema) {
    this.delegate = delegate;
    this.schema = schema;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return withSearchPath(delegate.getConnection());
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return withSearchPath(delegate.getConnection(user, password));
  }

  private Connection withSearchPath(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      // public stays last, for the functions extensions install there.
      statement.execute("SET search_path TO " + PostgresDialect.quote(schema) + ", public");
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return connection;
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return delegate.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return delegate.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return delegate.isWrapperFor(type);
  }
}
