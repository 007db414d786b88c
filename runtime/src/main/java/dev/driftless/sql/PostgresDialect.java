package dev.driftless.sql;

import dev.driftless.ops.SchemaOp;
import dev.driftless.schema.Column;
import dev.driftless.schema.PostgresNames;
import dev.driftless.schema.QualifiedName;
import java.util.List;

/**
 * PostgreSQL SQL for every {@link SchemaOp}. Every identifier is quoted, so reserved words
 * ({@code user}, {@code order}) and mixed case are never a problem.
 *
 * <p>Each op kind's statements are in {@link PostgresOpRenderer}, the clauses of table DDL in
 * {@link TableDdl}; this class holds the quoting and literal rules they share.
 *
 * <p>The rules are also static methods ({@link #quote(String)}, {@link #literal(String)}), for
 * code that writes PostgreSQL text outside any dialect, such as the annotation processor's
 * check expressions. That is why the {@link Dialect} methods have other names: a class cannot
 * implement an interface method with a static one of the same signature.
 */
public final class PostgresDialect implements Dialect {
  private static final PostgresOpRenderer OPS = new PostgresOpRenderer();

  @Override
  public List<String> render(SchemaOp op) {
    return op.accept(OPS);
  }

  @Override
  public String quoteIdentifier(String identifier) {
    return quote(identifier);
  }

  @Override
  public String quoteIdentifier(QualifiedName name) {
    return quote(name);
  }

  @Override
  public String stringLiteral(String value) {
    return literal(value);
  }

  @Override
  public String columnDefinition(Column column) {
    return TableDdl.columnDefinition(column);
  }

  /** {@code "name"}, with embedded quotes doubled. */
  public static String quote(String identifier) {
    return PostgresNames.quote(identifier);
  }

  /** {@code "schema"."name"}. */
  public static String quote(QualifiedName name) {
    return quote(name.schema()) + "." + quote(name.name());
  }

  /**
   * A standard string literal, {@code 'it''s'}, or {@code NULL}. A backslash is an ordinary
   * character in it only while {@code standard_conforming_strings} is on (the default since
   * PostgreSQL 9.1): the migrator, the drift check and offline scripts turn it on for their
   * session, so a {@code \'} in a comment can never end the literal early.
   */
  public static String literal(String value) {
    return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
  }

  /**
   * A bind value as a SQL literal, for scripts and checksums (the engine itself binds values):
   * numbers and booleans as they are, everything else as a quoted string PostgreSQL casts.
   */
  public static String literal(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    return literal(value.toString());
  }

  /** {@code sql} with each {@code ?} outside quotes replaced by the next parameter's literal. */
  public static String inline(String sql, List<Object> parameters) {
    if (parameters.isEmpty()) {
      return sql;
    }
    StringBuilder out = new StringBuilder();
    int next = 0;
    boolean quoted = false;
    for (char c : sql.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
      }
      if (c == '?' && !quoted) {
        if (next >= parameters.size()) {
          throw new IllegalArgumentException("more ? than parameters in: " + sql);
        }
        out.append(literal(parameters.get(next++)));
      } else {
        out.append(c);
      }
    }
    if (next != parameters.size()) {
      throw new IllegalArgumentException(parameters.size() + " parameters for " + next
          + " placeholders in: " + sql);
    }
    return out.toString();
  }
}
