package dev.driftless.ops;

import dev.driftless.schema.CheckConstraint;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import java.util.Optional;

/** {@code ALTER TABLE … ADD CONSTRAINT … CHECK (…)}. */
public record AddCheckConstraint(QualifiedName table, CheckConstraint constraint)
    implements TableOp {
  @Override
  public String describe() {
    return "add check constraint " + constraint.name() + " on " + table;
  }

  @Override
  public Schema applyTo(Schema schema) {
    return Tables.change(schema, table, t -> t.check(constraint));
  }

  @Override
  public Optional<String> hazard() {
    return Optional.of("adds check constraint " + constraint.name() + " to existing table "
        + table + ": fails if any row violates it, and scans the table under lock");
  }
}
