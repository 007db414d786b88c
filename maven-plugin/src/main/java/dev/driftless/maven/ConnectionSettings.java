package dev.driftless.maven;

import dev.driftless.JdbcUrls;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * The database the goals work on: the plugin's {@code url}, {@code user} and {@code password}
 * (configuration or {@code -Ddriftless.url=...}), each falling back to the command line's
 * environment variables {@code DRIFTLESS_URL}, {@code DRIFTLESS_USER}, {@code DRIFTLESS_PASSWORD},
 * so one CI environment serves both tools.
 */
final class ConnectionSettings {
  static final String URL_ENV = "DRIFTLESS_URL";
  static final String USER_ENV = "DRIFTLESS_USER";
  static final String PASSWORD_ENV = "DRIFTLESS_PASSWORD";

  private final String url;
  private final String user;
  private final String password;

  /**
   * @param environment looks up an environment variable ({@code System::getenv}; tests pass a
   *     map's {@code get})
   */
  ConnectionSettings(String url, String user, String password,
      UnaryOperator<String> environment) {
    this.url = orElse(url, environment.apply(URL_ENV));
    this.user = orElse(user, environment.apply(USER_ENV));
    this.password = orElse(password, environment.apply(PASSWORD_ENV));
  }

  /** A blank parameter counts as unset: {@code -Ddriftless.url=} should not hide the variable. */
  private static String orElse(String value, String fallback) {
    return value != null && !value.isBlank() ? value : fallback;
  }

  /**
   * The database named by the settings.
   *
   * @throws IllegalArgumentException when no URL is given or it is not a PostgreSQL JDBC URL
   */
  DataSource dataSource() {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("No database: set <url> in the plugin's configuration, "
          + "-Ddriftless.url=jdbc:postgresql://host:port/database, or " + URL_ENV);
    }
    return JdbcUrls.postgres(url, user, password);
  }

  /** The URL without its password, for log lines. */
  String describe() {
    return url == null ? "(no URL)" : JdbcUrls.redact(url);
  }
}
