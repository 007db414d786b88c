package dev.driftless.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.Driftless;
import dev.driftless.testing.LibraryRevisions;
import dev.driftless.testing.RevisionClassPath;
import dev.driftless.testing.SampleSchemas;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data source that connects through {@link DriverManager}, as simple set-ups and some pools
 * do: given a URL no driver takes, its error quotes the whole URL. Neither the message nor the
 * cause that a logged stack trace prints may show the password.
 */
class RedactedConnectionErrorsTest {
  private static final String URL = "jdbc:postgresq://db:5432/app?user=app&password=hunter2";

  @TempDir Path classes;

  private Driftless driftless() {
    return Driftless.configure().dataSource(new DriverManagerDataSource(URL))
        .classLoader(RevisionClassPath.of(classes, SampleSchemas.library(),
            LibraryRevisions.V1.class)).load();
  }

  @Test
  void aMigrationThatCannotConnectShowsTheUrlWithoutItsPassword() {
    RuntimeException error = assertThrows(RuntimeException.class, driftless()::migrate);
    assertRedacted(error);
  }

  @Test
  void aDriftCheckThatCannotConnectShowsTheUrlWithoutItsPassword() {
    RuntimeException error = assertThrows(RuntimeException.class, driftless()::check);
    assertRedacted(error);
  }

  private static void assertRedacted(RuntimeException error) {
    StringWriter trace = new StringWriter();
    error.printStackTrace(new PrintWriter(trace));
    assertTrue(error.getMessage().contains("jdbc:postgresq://db:5432/app?user=app&password=***"),
        error.getMessage());
    assertFalse(trace.toString().contains("hunter2"), trace.toString());
  }

  /** The smallest DriverManager data source. */
  private record DriverManagerDataSource(String url) implements DataSource {
    @Override
    public Connection getConnection() throws SQLException {
      return DriverManager.getConnection(url);
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }
}
