package dev.driftless.benchmarks;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Wraps a data source and counts database round trips: statement executions and JDBC metadata
 * queries (each {@link DatabaseMetaData} call that returns a result set is one query in the
 * PostgreSQL driver). That is how "a query count that does not grow with the tables" is measured.
 */
final class CountingDataSource {
  private final AtomicLong roundTrips = new AtomicLong();
  private final DataSource proxy;

  CountingDataSource(DataSource target) {
    this.proxy = wrap(DataSource.class, target);
  }

  DataSource dataSource() {
    return proxy;
  }

  long roundTrips() {
    return roundTrips.get();
  }

  void reset() {
    roundTrips.set(0);
  }

  private <T> T wrap(Class<T> type, T target) {
    InvocationHandler handler = (self, method, args) -> {
      Object result;
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      String name = method.getName();
      if (target instanceof Statement && name.startsWith("execute")) {
        roundTrips.incrementAndGet();
      }
      if (target instanceof DatabaseMetaData && result instanceof ResultSet) {
        roundTrips.incrementAndGet();
      }
      if (result instanceof Connection c && type != Connection.class) {
        return wrap(Connection.class, c);
      }
      if (result instanceof DatabaseMetaData m) {
        return wrap(DatabaseMetaData.class, m);
      }
      if (result instanceof java.sql.PreparedStatement p) {
        return wrap(java.sql.PreparedStatement.class, p);
      }
      if (result instanceof Statement s) {
        return wrap(Statement.class, s);
      }
      return result;
    };
    return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type},
        handler));
  }
}
