package dev.driftless.ops;

import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;

/** {@code ALTER TABLE … DROP CONSTRAINT}: a primary key, unique constraint or foreign key. */
public record DropConstraint(QualifiedName table, String name) implements TableOp {
  @Override
  public String describe() {
    return "drop constraint " + name + " on " + table;
  }

  @Override
  public Schema applyTo(Schema schema) {
    return Tables.change(schema, table, t -> t.removeConstraint(name));
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropConstraint(this);
  }
}
