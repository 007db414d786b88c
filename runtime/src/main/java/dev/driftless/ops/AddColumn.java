package dev.driftless.ops;

import dev.driftless.schema.Column;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import java.util.Optional;

/** {@code ALTER TABLE … ADD COLUMN}. */
public record AddColumn(QualifiedName table, Column column) implements TableOp {
  @Override
  public String describe() {
    return "add column " + table + "." + column.name();
  }

  @Override
  public Schema applyTo(Schema schema) {
    return Tables.change(schema, table, t -> t.column(column));
  }

  @Override
  public Optional<String> hazard(Schema start) {
    if (start.table(table).isPresent() && !column.nullable() && column.defaultExpression() == null
        && column.identity() == dev.driftless.schema.Identity.NONE) {
      return Optional.of(
          "adds NOT NULL column " + table + "." + column.name()
              + " without a default: fails if the table has rows");
    }
    return Optional.empty();
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAddColumn(this);
  }
}
