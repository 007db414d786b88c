package dev.driftless.ops;

import dev.driftless.schema.EnumType;
import dev.driftless.schema.Schema;

/** {@code CREATE TYPE … AS ENUM (…)}. */
public record CreateEnumType(EnumType type) implements SchemaOp {
  @Override
  public String describe() {
    return "create enum type " + type.name() + " " + type.values();
  }

  @Override
  public Schema applyTo(Schema schema) {
    return schema.withEnum(type);
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitCreateEnumType(this);
  }
}
