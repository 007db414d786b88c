package dev.driftless.ops;

import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import java.util.Optional;

/** {@code ALTER TABLE … DROP COLUMN}. */
public record DropColumn(QualifiedName table, String column) implements TableOp {
  @Override
  public String describe() {
    return "drop column " + table + "." + column;
  }

  @Override
  public Schema applyTo(Schema schema) {
    return Tables.change(schema, table, t -> t.removeColumn(column));
  }

  @Override
  public Optional<String> hazard(Schema start) {
    return Optional.of("drops column " + table + "." + column + " and the data in it");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropColumn(this);
  }
}
