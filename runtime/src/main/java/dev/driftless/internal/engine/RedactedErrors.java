package dev.driftless.internal.engine;

import dev.driftless.JdbcUrls;
import java.sql.SQLException;

/**
 * Driver errors as they may be passed on: a connection failure can quote the JDBC URL, password
 * included (DriverManager's "No suitable driver found for jdbc:..."), and an exception's cause is
 * printed with every stack trace that reaches a log.
 */
public final class RedactedErrors {
  private RedactedErrors() {}

  /** {@code e}'s message with its secrets hidden. */
  public static String message(SQLException e) {
    return JdbcUrls.redact(e.getMessage());
  }

  /**
   * {@code e} itself if its message holds no secret; otherwise a copy with the message redacted,
   * the same SQLSTATE, vendor code and stack trace, and without the original's causes (which
   * repeat the message).
   */
  public static SQLException cause(SQLException e) {
    String message = message(e);
    if (message == null || message.equals(e.getMessage())) {
      return e;
    }
    SQLException copy = new SQLException(message, e.getSQLState(), e.getErrorCode());
    copy.setStackTrace(e.getStackTrace());
    return copy;
  }
}
