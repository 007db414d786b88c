package dev.driftless.ops;

import dev.driftless.schema.Schema;
import java.util.Objects;

/**
 * {@code CREATE SCHEMA IF NOT EXISTS}: a namespace the model's tables need.
 */
public record CreateSchema(String name) implements SchemaOp {
  public CreateSchema {
    Objects.requireNonNull(name, "name");
  }

  @Override
  public String describe() {
    return "create schema " + name;
  }

  @Override
  public Schema applyTo(Schema schema) {
    return schema.withNamespace(name);
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitCreateSchema(this);
  }
}
