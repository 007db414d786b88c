package dev.driftless.ops;

import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import java.util.Optional;

/** {@code DROP SEQUENCE}. */
public record DropSequence(QualifiedName sequence) implements SchemaOp {
  @Override
  public String describe() {
    return "drop sequence " + sequence;
  }

  @Override
  public Schema applyTo(Schema schema) {
    return schema.withoutSequence(sequence);
  }

  @Override
  public Optional<String> hazard(Schema start) {
    return Optional.of("drops sequence " + sequence + " and its current value");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropSequence(this);
  }
}
