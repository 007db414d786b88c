package dev.driftless.ops;

import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import java.util.Optional;

/** {@code DROP TABLE}. */
public record DropTable(QualifiedName table) implements TableOp {
  @Override
  public String describe() {
    return "drop table " + table;
  }

  @Override
  public Schema applyTo(Schema schema) {
    return schema.withoutTable(table);
  }

  @Override
  public Optional<String> hazard(Schema start) {
    return Optional.of("drops table " + table + " and every row in it");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropTable(this);
  }
}
