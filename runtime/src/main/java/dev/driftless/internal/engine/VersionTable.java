package dev.driftless.internal.engine;

import dev.driftless.AppliedRevision;
import dev.driftless.schema.QualifiedName;
import dev.driftless.sql.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The table that records which revisions a database has: one row per applied revision, with what
 * it was, a checksum of its SQL, when, by whom, how long it took, and whether it ran
 * ({@code applied}) or was only recorded ({@code stamped}). A failed revision leaves no row: its
 * transaction, row included, was rolled back, and the error says why.
 */
public final class VersionTable {

  /** The default location, {@code public.driftless_history}. */
  public static final QualifiedName DEFAULT_NAME =
      QualifiedName.of(QualifiedName.DEFAULT_SCHEMA, "driftless_history");

  private final QualifiedName name;
  private final Dialect dialect;

  /** The table {@code name}, its statements written in {@code dialect}. */
  public VersionTable(QualifiedName name, Dialect dialect) {
    this.name = name;
    this.dialect = dialect;
  }

  public QualifiedName name() {
    return name;
  }

  /** Creates the table (and its schema) if the database does not have it yet. */
  public void ensureExists(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : createSql()) {
        statement.execute(sql);
      }
    }
  }

  /** Ids of the revisions applied so far, in the order they were applied. */
  public Set<String> appliedIds(Connection connection) throws SQLException {
    return records(connection).keySet();
  }

  /** Every row, by revision id, in the order they were applied. */
  public Map<String, AppliedRevision> records(Connection connection) throws SQLException {
    Map<String, AppliedRevision> records = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT revision_id, checksum, applied_at, "
            + "applied_by, execution_ms, outcome FROM " + dialect.quoteIdentifier(name)
            + " ORDER BY applied_at, revision_id")) {
      while (rows.next()) {
        records.put(rows.getString(1), new AppliedRevision(rows.getString(1), rows.getString(2),
            rows.getObject(3, OffsetDateTime.class), rows.getString(4), rows.getLong(5),
            rows.getString(6)));
      }
    }
    return records;
  }

  /** Whether the table exists yet (reading history must not create it). */
  public boolean exists(Connection connection) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT to_regclass(?)")) {
      query.setString(1, dialect.quoteIdentifier(name));
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getString(1) != null;
      }
    }
  }

  /** Forgets {@code revisionId}, inside the caller's transaction (after a downgrade). */
  public void delete(Connection connection, String revisionId) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(
        "DELETE FROM " + dialect.quoteIdentifier(name) + " WHERE revision_id = ?")) {
      delete.setString(1, revisionId);
      delete.executeUpdate();
    }
  }

  /** Records {@code checksum} as the one of {@code revisionId} (repair after an intended edit). */
  public void updateChecksum(Connection connection, String revisionId, String checksum)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement("UPDATE "
        + dialect.quoteIdentifier(name) + " SET checksum = ? WHERE revision_id = ?")) {
      update.setString(1, checksum);
      update.setString(2, revisionId);
      update.executeUpdate();
    }
  }

  /** The INSERT that records {@code revision}, as literal SQL for offline scripts. */
  public String insertSql(LoadedRevision revision, String checksum) {
    return "INSERT INTO " + dialect.quoteIdentifier(name)
        + " (revision_id, parents, message, checksum, execution_ms) VALUES ("
        + dialect.stringLiteral(revision.id()) + ", "
        + dialect.stringLiteral(String.join(",", revision.parents())) + ", "
        + dialect.stringLiteral(revision.message()) + ", "
        + dialect.stringLiteral(checksum) + ", 0)";
  }

  /** The DELETE that forgets {@code revisionId}, as literal SQL for offline scripts. */
  public String deleteSql(String revisionId) {
    return "DELETE FROM " + dialect.quoteIdentifier(name) + " WHERE revision_id = "
        + dialect.stringLiteral(revisionId);
  }

  /** The statements that create the table, for offline scripts and {@link #ensureExists}. */
  public List<String> createSql() {
    return List.of(
        "CREATE SCHEMA IF NOT EXISTS " + dialect.quoteIdentifier(name.schema()),
        "CREATE TABLE IF NOT EXISTS " + dialect.quoteIdentifier(name) + " ("
            + "revision_id text PRIMARY KEY, "
            + "parents text NOT NULL, "
            + "message text NOT NULL, "
            + "checksum text NOT NULL, "
            + "applied_at timestamp with time zone NOT NULL DEFAULT now(), "
            + "applied_by text NOT NULL DEFAULT current_user, "
            + "execution_ms bigint NOT NULL, "
            + "outcome text NOT NULL DEFAULT 'applied')",
        // Tables created by earlier versions get the column too.
        "ALTER TABLE " + dialect.quoteIdentifier(name)
            + " ADD COLUMN IF NOT EXISTS outcome text NOT NULL DEFAULT 'applied'");
  }

  /** Records {@code revision} as applied, inside the caller's transaction. */
  public void record(Connection connection, LoadedRevision revision, String checksum, long millis)
      throws SQLException {
    record(connection, revision, checksum, millis, "applied");
  }

  /**
   * Records {@code revision} with an outcome: {@code applied} (it ran) or {@code stamped}
   * (recorded by {@code stamp} without running).
   */
  public void record(Connection connection, LoadedRevision revision, String checksum, long millis,
      String outcome) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO "
        + dialect.quoteIdentifier(name) + " (revision_id, parents, message, checksum, "
        + "execution_ms, outcome) VALUES (?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, revision.id());
      insert.setString(2, String.join(",", revision.parents()));
      insert.setString(3, revision.message());
      insert.setString(4, checksum);
      insert.setLong(5, millis);
      insert.setString(6, outcome);
      insert.executeUpdate();
    }
  }
}
