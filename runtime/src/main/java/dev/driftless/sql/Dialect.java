package dev.driftless.sql;

import dev.driftless.ops.SchemaOp;
import dev.driftless.schema.Column;
import dev.driftless.schema.QualifiedName;
import java.util.List;

/**
 * Renders operations, and the names and values in the engine's own statements, to the SQL of one
 * database. PostgreSQL is the only dialect; the interface keeps the engine independent of it.
 */
public interface Dialect {

  /** The statements that carry out {@code op}, in order, without trailing semicolons. */
  List<String> render(SchemaOp op);

  /** {@code identifier} quoted, so reserved words and mixed case keep their meaning. */
  String quoteIdentifier(String identifier);

  /** {@code name} schema-qualified and quoted. */
  String quoteIdentifier(QualifiedName name);

  /** {@code value} as a string literal, or the SQL null for {@code null}. */
  String stringLiteral(String value);

  /** The column as CREATE TABLE and ADD COLUMN write it: name, type, default, nullability. */
  String columnDefinition(Column column);
}
