package dev.driftless.ops;

import dev.driftless.schema.PrimaryKey;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;

/** {@code ALTER TABLE … ADD CONSTRAINT … PRIMARY KEY}. */
public record AddPrimaryKey(QualifiedName table, PrimaryKey primaryKey) implements TableOp {
  @Override
  public String describe() {
    return "add primary key " + primaryKey.name() + " on " + table + primaryKey.columns();
  }

  @Override
  public Schema applyTo(Schema schema) {
    return Tables.change(schema, table, t -> t.primaryKey(primaryKey));
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAddPrimaryKey(this);
  }
}
