package dev.driftless.spring.boot;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.env.Environment;

/**
 * The JDBC connection an application without a {@code DataSource} bean migrates with:
 * {@code driftless.url}, else the one {@code spring.r2dbc.url} names.
 *
 * <p>An R2DBC URL is translated only when the translation cannot be wrong: PostgreSQL, host,
 * optional port and database, nothing else. Options after {@code ?} are R2DBC driver options,
 * whose JDBC counterparts differ in name and meaning, and credentials in the URL would be
 * easy to get half-right; either asks for {@code driftless.url} instead of a guess.
 */
record MigrationConnection(String jdbcUrl, String user, String password) {
  static final String R2DBC_URL = "spring.r2dbc.url";

  private static final Pattern R2DBC_POSTGRESQL =
      Pattern.compile("r2dbcs?:(?:pool:)?postgres(?:ql)?://([^/@?#]+)/([^/?#]+)");

  MigrationConnection {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
  }

  /** Without the password, which would otherwise end up in a log or a failure report. */
  @Override
  public String toString() {
    return "MigrationConnection[jdbcUrl=" + jdbcUrl + ", user=" + user + "]";
  }

  /** True when either property is set, so an application without a DataSource can migrate. */
  static boolean isConfigured(Environment environment) {
    return environment.containsProperty("driftless.url") || environment.containsProperty(R2DBC_URL);
  }

  static MigrationConnection resolve(DriftlessProperties properties, Environment environment) {
    String user = properties.user() != null
        ? properties.user() : environment.getProperty("spring.r2dbc.username");
    String password = properties.password() != null
        ? properties.password() : environment.getProperty("spring.r2dbc.password");
    if (properties.url() != null) {
      return new MigrationConnection(properties.url(), user, password);
    }
    String r2dbcUrl = environment.getProperty(R2DBC_URL);
    if (r2dbcUrl == null) {
      throw new IllegalStateException("There is no DataSource bean, driftless.url or "
          + R2DBC_URL + ": set driftless.url to the database to migrate");
    }
    return new MigrationConnection(jdbcUrlOf(r2dbcUrl), user, password);
  }

  /** {@code r2dbc:postgresql://host:port/db} as {@code jdbc:postgresql://host:port/db}. */
  static String jdbcUrlOf(String r2dbcUrl) {
    Matcher matcher = R2DBC_POSTGRESQL.matcher(r2dbcUrl.trim());
    if (!matcher.matches()) {
      throw new IllegalStateException("Driftless cannot derive a JDBC URL from " + R2DBC_URL
          + "=" + r2dbcUrl + " (only r2dbc:postgresql://host[:port]/database, without options or"
          + " credentials, is translated): set driftless.url, e.g. "
          + "jdbc:postgresql://host:5432/database");
    }
    return "jdbc:postgresql://" + matcher.group(1) + "/" + matcher.group(2)
        + (r2dbcUrl.startsWith("r2dbcs:") ? "?sslmode=require" : "");
  }
}
