package dev.driftless;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JDBC URLs as they may be shown: in messages, logs and console output a URL appears with its
 * secrets replaced by {@code ***}, so that a typo in a URL never puts its password in a log. And
 * the PostgreSQL data source a URL names, for the tools that take a URL (the command line, the
 * Maven plugin).
 */
public final class JdbcUrls {
  /**
   * A parameter whose name says it holds a secret ({@code password}, {@code sslpassword}, or any
   * {@code ...secret...} or {@code ...token...}), up to the next parameter ({@code &name=};
   * other drivers separate with {@code ;}). A separator not followed by a name and {@code =} is
   * taken as part of the secret: an unencoded {@code &} in a password must not leak its end.
   */
  private static final Pattern SECRET_PARAMETER = Pattern.compile(
      "([?&;][^=&;?#]*(?:password|secret|token)[^=&;?#]*=).*?(?=[&;][^=&;?#]+=|#|$)",
      Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

  /** {@code //user:password@host}: the password of URL user information. */
  private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/:@?#]*:)[^/@?#]*@");

  private static final String HIDDEN = "***";

  private JdbcUrls() {}

  /**
   * The PostgreSQL database at {@code url}, connecting as {@code user} with {@code password}
   * (either may be null: then the URL's or the driver's default). Needs the PostgreSQL driver on
   * the class path.
   *
   * @throws IllegalArgumentException if {@code url} is not a PostgreSQL JDBC URL; the message
   *     shows it {@linkplain #redact redacted}, as the driver's own would not
   */
  public static javax.sql.DataSource postgres(String url, String user, String password) {
    org.postgresql.ds.PGSimpleDataSource dataSource = new org.postgresql.ds.PGSimpleDataSource();
    try {
      dataSource.setUrl(url);
    } catch (IllegalArgumentException e) {
      // The driver's message repeats the whole URL, password included: not passed on.
      throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + redact(url)
          + " (expected jdbc:postgresql://host:port/database)");
    }
    if (user != null) {
      dataSource.setUser(user);
    }
    if (password != null) {
      dataSource.setPassword(password);
    }
    return dataSource;
  }

  /**
   * {@code url} with each password (and other secret parameter) replaced by {@code ***}; the
   * rest, host, port and database included, as it was. Works on malformed URLs too, which is
   * where it matters: they are the ones that end up in error messages; and on a message that
   * quotes a URL, such as {@code DriverManager}'s "No suitable driver found for ...".
   */
  public static String redact(String url) {
    if (url == null) {
      return null;
    }
    String hidden = SECRET_PARAMETER.matcher(url)
        .replaceAll(match -> Matcher.quoteReplacement(match.group(1) + HIDDEN));
    return USER_INFO_PASSWORD.matcher(hidden)
        .replaceAll(match -> Matcher.quoteReplacement(match.group(1) + HIDDEN + "@"));
  }
}
