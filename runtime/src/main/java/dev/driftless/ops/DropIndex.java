package dev.driftless.ops;

import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;

/**
 * {@code DROP INDEX [CONCURRENTLY]}; the table is kept so the op can be located and reversed.
 */
public record DropIndex(QualifiedName table, String name, boolean concurrently)
    implements TableOp {

  public DropIndex(QualifiedName table, String name) {
    this(table, name, false);
  }
  @Override
  public String describe() {
    return "drop index " + name + " on " + table;
  }

  @Override
  public Schema applyTo(Schema schema) {
    return Tables.change(schema, table, t -> t.removeIndex(name));
  }

  @Override
  public boolean needsNoTransaction() {
    return concurrently;
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropIndex(this);
  }
}
