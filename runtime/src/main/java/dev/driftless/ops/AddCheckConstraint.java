package dev.driftless.ops;

import dev.driftless.schema.CheckConstraint;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import java.util.Optional;

/**
 * {@code ALTER TABLE … ADD CONSTRAINT … CHECK (…)}.
 *
 * @param notValid added {@code NOT VALID}: existing rows are not checked (and the table not
 *     scanned under lock) until a {@link ValidateConstraint}, the large-table safe form
 */
public record AddCheckConstraint(QualifiedName table, CheckConstraint constraint,
    boolean notValid) implements TableOp {

  public AddCheckConstraint(QualifiedName table, CheckConstraint constraint) {
    this(table, constraint, false);
  }

  @Override
  public String describe() {
    return "add check constraint " + constraint.name() + " on " + table
        + (notValid ? " not valid" : "");
  }

  @Override
  public Schema applyTo(Schema schema) {
    return Tables.change(schema, table, t -> t.check(constraint));
  }

  @Override
  public Optional<String> hazard() {
    if (notValid) {
      return Optional.empty(); // the scan, and its risk, belong to the ValidateConstraint
    }
    return Optional.of("adds check constraint " + constraint.name() + " to existing table "
        + table + ": fails if any row violates it, and scans the table under lock");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAddCheckConstraint(this);
  }
}
