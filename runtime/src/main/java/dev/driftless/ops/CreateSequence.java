package dev.driftless.ops;

import dev.driftless.schema.Schema;
import dev.driftless.schema.Sequence;

/** {@code CREATE SEQUENCE}. */
public record CreateSequence(Sequence sequence) implements SchemaOp {
  @Override
  public String describe() {
    return "create sequence " + sequence.name();
  }

  @Override
  public Schema applyTo(Schema schema) {
    return schema.withSequence(sequence);
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitCreateSequence(this);
  }
}
