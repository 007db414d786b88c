package dev.driftless.ops;

import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import java.util.Optional;

/**
 * {@code ALTER TABLE … VALIDATE CONSTRAINT}: checks the existing rows against a foreign key or
 * check added {@code NOT VALID}. It scans the table under a lock that lets reads and writes go
 * on, which is why it belongs in a transaction of its own.
 */
public record ValidateConstraint(QualifiedName table, String name) implements TableOp {
  @Override
  public String describe() {
    return "validate constraint " + name + " on " + table;
  }

  @Override
  public Schema applyTo(Schema schema) {
    return schema;
  }

  @Override
  public Optional<String> hazard(Schema start) {
    return Optional.of("validates constraint " + name + " on " + table + ": scans the table "
        + "(reads and writes go on) and fails if an existing row violates it");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitValidateConstraint(this);
  }
}
