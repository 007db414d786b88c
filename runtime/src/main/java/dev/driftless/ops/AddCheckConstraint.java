package dev.driftless.ops;

import dev.driftless.schema.CheckConstraint;
import dev.driftless.schema.Column;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Table;
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
  public Optional<String> hazard(Schema start) {
    if (notValid) {
      return Optional.empty(); // the scan, and its risk, belong to the ValidateConstraint
    }
    Optional<Table> existing = start.table(table);
    if (existing.isEmpty() || onNewColumnsOnly(existing.get())) {
      return Optional.empty();
    }
    return Optional.of("adds check constraint " + constraint.name() + " to existing table "
        + table + ": fails if any row violates it, and scans the table under lock; "
        + OnlineHint.TEXT);
  }

  /**
   * Whether the check reads none of the columns the table had when the revision started, so only
   * columns the same revision adds: the existing rows hold NULL there, which passes any check, or
   * the column's default, which every new row gets too (a check that refused it would fail each
   * insert, not only this migration). A column renamed in the same revision counts as new here;
   * its rename is flagged on its own.
   */
  private boolean onNewColumnsOnly(Table existing) {
    return existing.columns().stream().map(Column::name)
        .noneMatch(c -> ColumnReferences.mentions(constraint.expression(), c));
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAddCheckConstraint(this);
  }
}
