package dev.driftless.engine;

import dev.driftless.schema.QualifiedName;
import dev.driftless.sql.PostgresDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The table that records which revisions a database has: one row per applied revision, with what
 * it was, a checksum of its SQL, when, by whom and how long it took.
 */
public final class VersionTable {

  /** The default location, {@code public.driftless_history}. */
  public static final QualifiedName DEFAULT_NAME =
      QualifiedName.of(QualifiedName.DEFAULT_SCHEMA, "driftless_history");

  private final QualifiedName name;

  public VersionTable(QualifiedName name) {
    this.name = name;
  }

  public QualifiedName name() {
    return name;
  }

  /** Creates the table (and its schema) if the database does not have it yet. */
  public void ensureExists(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA IF NOT EXISTS " + PostgresDialect.quote(name.schema()));
      statement.execute("CREATE TABLE IF NOT EXISTS " + PostgresDialect.quote(name) + " ("
          + "revision_id text PRIMARY KEY, "
          + "parents text NOT NULL, "
          + "message text NOT NULL, "
          + "checksum text NOT NULL, "
          + "applied_at timestamp with time zone NOT NULL DEFAULT now(), "
          + "applied_by text NOT NULL DEFAULT current_user, "
          + "execution_ms bigint NOT NULL)");
    }
  }

  /** Ids of the revisions applied so far, in the order they were applied. */
  public Set<String> appliedIds(Connection connection) throws SQLException {
    Set<String> ids = new LinkedHashSet<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT revision_id FROM "
            + PostgresDialect.quote(name) + " ORDER BY applied_at, revision_id")) {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    }
    return ids;
  }

  /** Records {@code revision} as applied, inside the caller's transaction. */
  public void record(Connection connection, LoadedRevision revision, String checksum, long millis)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO "
        + PostgresDialect.quote(name)
        + " (revision_id, parents, message, checksum, execution_ms) VALUES (?, ?, ?, ?, ?)")) {
      insert.setString(1, revision.id());
      insert.setString(2, String.join(",", revision.parents()));
      insert.setString(3, revision.message());
      insert.setString(4, checksum);
      insert.setLong(5, millis);
      insert.executeUpdate();
    }
  }
}
