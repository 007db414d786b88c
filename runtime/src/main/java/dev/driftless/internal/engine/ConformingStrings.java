package dev.driftless.internal.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes a session read string literals the way Driftless writes them, with
 * {@code standard_conforming_strings} on: a backslash is an ordinary character and only a
 * doubled quote escapes a quote.
 *
 * <p>With the setting off (a server, database or role setting some legacy applications still
 * need), {@code \'} inside {@code '...'} is an escaped quote, so a comment or default holding a
 * backslash before a quote would end its literal early and the rest of the text would run as SQL.
 * Driftless keeps writing standard literals, so the SQL and checksums of revisions already applied
 * stay the same, and turns the setting on for its own session instead; {@link #close()} restores
 * the previous value, so a pooled connection goes back to the pool as it came.
 */
public final class ConformingStrings implements AutoCloseable {
  /** What every offline script starts with, for the same reason. */
  public static final String SET_ON = "SET standard_conforming_strings = on";

  private final Connection connection;
  private final boolean wasOff;

  private ConformingStrings(Connection connection, boolean wasOff) {
    this.connection = connection;
    this.wasOff = wasOff;
  }

  /** Turns the setting on for {@code connection}'s session if it is off. */
  public static ConformingStrings on(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      boolean off;
      try (ResultSet row = statement.executeQuery("SHOW standard_conforming_strings")) {
        row.next();
        off = !"on".equals(row.getString(1));
      }
      if (off) {
        statement.execute(SET_ON);
      }
      return new ConformingStrings(connection, off);
    }
  }

  /** Puts the session's setting back as it was. */
  @Override
  public void close() throws SQLException {
    if (wasOff) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET standard_conforming_strings = off");
      }
    }
  }
}
