package dev.driftless.ops;

import dev.driftless.schema.Schema;
import dev.driftless.schema.Table;

/** {@code CREATE TABLE} with its columns, keys, unique constraints and indexes. */
public record CreateTable(Table table) implements SchemaOp {
  @Override
  public String describe() {
    return "create table " + table.name();
  }

  @Override
  public Schema applyTo(Schema schema) {
    if (schema.table(table.name()).isPresent()) {
      throw new IllegalStateException("table " + table.name() + " already exists");
    }
    return schema.withTable(table);
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitCreateTable(this);
  }
}
