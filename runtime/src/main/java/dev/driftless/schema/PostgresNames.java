package dev.driftless.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Naming rules for objects whose names Driftless derives: PostgreSQL's own conventions
 * ({@code <table>_pkey}, {@code <table>_<columns>_key}, {@code <table>_<columns>_fkey}) so that
 * what a DBA sees is what PostgreSQL itself would have chosen.
 *
 * <p>PostgreSQL silently truncates identifiers to 63 bytes, which would make two long names
 * collide. A name over the limit is instead cut and suffixed with a hash of the full name:
 * deterministic, and distinct for distinct inputs.
 */
public final class PostgresNames {

  /** PostgreSQL's NAMEDATALEN - 1. */
  public static final int MAX_IDENTIFIER_BYTES = 63;

  private static final int HASH_CHARS = 8;

  private PostgresNames() {}

  public static String primaryKey(String table) {
    return fit(table + "_pkey");
  }

  public static String uniqueConstraint(String table, List<String> columns) {
    return fit(table + "_" + String.join("_", columns) + "_key");
  }

  public static String foreignKey(String table, List<String> columns) {
    return fit(table + "_" + String.join("_", columns) + "_fkey");
  }

  /** {@code <table>_<column>_check}: what PostgreSQL names an unnamed column check. */
  public static String check(String table, String column) {
    return fit(table + "_" + column + "_check");
  }

  public static String index(String table, List<String> columns) {
    return fit(table + "_" + String.join("_", columns) + "_idx");
  }

  /** {@code "name"}, with embedded quotes doubled: an identifier PostgreSQL takes as written. */
  public static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /**
   * {@code 'text'}, with embedded quotes doubled: a standard string literal in check or default
   * text, read as written under {@code standard_conforming_strings = on}, which every session
   * of the runtime and every offline script sets.
   */
  public static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  /** Returns {@code name} if it fits in 63 bytes, else a cut name ending in a hash of it. */
  public static String fit(String name) {
    byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= MAX_IDENTIFIER_BYTES) {
      return name;
    }
    String suffix = "_" + sha256Hex(name).substring(0, HASH_CHARS);
    return cut(name, MAX_IDENTIFIER_BYTES - suffix.length()) + suffix;
  }

  /**
   * {@code name} as PostgreSQL stores it: cut to 63 bytes at a character boundary. Table and
   * column names must be cut this way, not {@linkplain #fit fitted}: Hibernate's SQL uses the
   * full name, and PostgreSQL finds the table by cutting it the same way.
   */
  public static String truncate(String name) {
    return name.getBytes(StandardCharsets.UTF_8).length <= MAX_IDENTIFIER_BYTES ? name
        : cut(name, MAX_IDENTIFIER_BYTES);
  }

  private static String cut(String name, int budget) {
    StringBuilder cut = new StringBuilder();
    int used = 0;
    for (int i = 0; i < name.length(); ) {
      int codePoint = name.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (used + size > budget) {
        break;
      }
      cut.appendCodePoint(codePoint);
      used += size;
      i += Character.charCount(codePoint);
    }
    return cut.toString();
  }

  /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
  public static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
