package dev.driftless.ops;

import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;

/** {@code ALTER TABLE … ADD CONSTRAINT … FOREIGN KEY}. */
public record AddForeignKey(QualifiedName table, ForeignKey foreignKey) implements TableOp {
  @Override
  public String describe() {
    return "add foreign key " + foreignKey.name() + " " + table + foreignKey.columns() + " -> "
        + foreignKey.target() + foreignKey.targetColumns();
  }

  @Override
  public Schema applyTo(Schema schema) {
    return Tables.change(schema, table, t -> t.foreignKey(foreignKey));
  }
}
