package dev.driftless.ops;

import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.schema.UniqueConstraint;
import java.util.Optional;

/** {@code ALTER TABLE … ADD CONSTRAINT … UNIQUE}. */
public record AddUniqueConstraint(QualifiedName table, UniqueConstraint constraint) implements TableOp {
  @Override
  public String describe() {
    return "add unique constraint " + constraint.name() + " on " + table + constraint.columns();
  }

  @Override
  public Schema applyTo(Schema schema) {
    return Tables.change(schema, table, t -> t.unique(constraint));
  }

  @Override
  public Optional<String> hazard(Schema start) {
    if (start.table(table).isEmpty()) {
      return Optional.empty(); // a table created in the same revision is empty
    }
    return Optional.of(
        "adds unique constraint " + constraint.name() + " to existing table " + table
            + ": fails on duplicates and blocks writes while it builds");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAddUniqueConstraint(this);
  }
}
