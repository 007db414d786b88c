package dev.driftless.internal.drift;

import dev.driftless.internal.catalog.CatalogFingerprint;
import dev.driftless.schema.QualifiedName;
import dev.driftless.sql.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a clean full drift check established: the catalog with this fingerprint matches the
 * schema with this digest. A later check whose expected schema has the same digest and whose
 * live catalog has the same fingerprint would read the same rows and reach the same verdict, so
 * it can skip the read.
 *
 * <p>It is kept as the comment of the version table: Driftless's own object, never read by the
 * drift check, with no new table to create, own or leave out of other checks. Only the table's
 * owner may set it, and never over a comment someone else wrote; otherwise every check reads
 * in full, as without a record.
 */
record VerifiedCatalog(String expected, CatalogFingerprint catalog) {
  /** What every record starts with, whatever its format. */
  private static final String OURS = "driftless verified catalog ";
  private static final String PREFIX = OURS + "2 ";
  private static final int PRINTED = 5;

  private static final String READ = """
      SELECT obj_description(c.oid, 'pg_class'), pg_has_role(c.relowner, 'USAGE')
      FROM pg_class c WHERE c.oid = to_regclass(?)
      """;

  /** What the version table holds now: the record, if any, and whether this role may write it. */
  record Stored(Optional<VerifiedCatalog> verified, boolean writable) {
    static final Stored NONE = new Stored(Optional.empty(), false);
  }

  static Stored read(Connection connection, QualifiedName versionTable, Dialect dialect)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(READ)) {
      statement.setString(1, dialect.quoteIdentifier(versionTable));
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          return Stored.NONE;
        }
        // A comment someone wrote by hand is theirs: it stays, and checks run in full. A record
        // of another format (an earlier Driftless) is ours to replace.
        String comment = row.getString(1);
        return new Stored(parse(comment), row.getBoolean(2)
            && (comment == null || comment.startsWith(OURS)));
      }
    }
  }

  /** Records this on the version table (it holds digests and numbers only: no quoting needed). */
  void write(Connection connection, QualifiedName versionTable, Dialect dialect)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("COMMENT ON TABLE " + dialect.quoteIdentifier(versionTable) + " IS "
          + dialect.stringLiteral(text()));
    }
  }

  String text() {
    return PREFIX + expected + " " + catalog.digest() + " "
        + catalog.printed().stream().map(VerifiedCatalog::join).collect(Collectors.joining(" "));
  }

  /** The record a comment holds; empty for any other comment, such as a hand-written one. */
  static Optional<VerifiedCatalog> parse(String comment) {
    if (comment == null || !comment.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String[] fields = comment.substring(PREFIX.length()).split(" ", -1);
    try {
      return fields.length == 2 + PRINTED ? Optional.of(new VerifiedCatalog(fields[0],
          new CatalogFingerprint(fields[1], Arrays.stream(fields, 2, fields.length)
              .map(VerifiedCatalog::oids).toList())))
          : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String join(List<Long> oids) {
    return oids.isEmpty() ? "-" : oids.stream().map(String::valueOf)
        .collect(Collectors.joining(","));
  }

  private static List<Long> oids(String field) {
    return field.equals("-") ? List.of()
        : Arrays.stream(field.split(",")).map(Long::valueOf).toList();
  }
}
