package dev.driftless.ops;

import dev.driftless.schema.Schema;
import dev.driftless.schema.Sequence;

/** {@code ALTER SEQUENCE} to a new start or increment, keeping its current value. */
public record AlterSequence(Sequence from, Sequence to) implements SchemaOp {

  public AlterSequence {
    if (!from.name().equals(to.name())) {
      throw new IllegalArgumentException("alterSequence cannot rename " + from.name());
    }
  }

  @Override
  public String describe() {
    return "alter sequence " + to.name() + " (start " + to.start() + ", increment "
        + to.increment() + ")";
  }

  @Override
  public Schema applyTo(Schema schema) {
    return schema.withSequence(to);
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAlterSequence(this);
  }
}
