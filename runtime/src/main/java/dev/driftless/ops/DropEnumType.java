package dev.driftless.ops;

import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;

/** {@code DROP TYPE}, for an enum type no column uses any more. */
public record DropEnumType(QualifiedName type) implements SchemaOp {
  @Override
  public String describe() {
    return "drop enum type " + type;
  }

  @Override
  public Schema applyTo(Schema schema) {
    return schema.withoutEnum(type);
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropEnumType(this);
  }
}
