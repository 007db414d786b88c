package dev.driftless.ops;

import dev.driftless.schema.Index;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import java.util.Optional;

/** {@code CREATE [UNIQUE] INDEX} on an existing table. */
public record CreateIndex(QualifiedName table, Index index) implements TableOp {
  @Override
  public String describe() {
    return "create " + (index.unique() ? "unique " : "") + "index " + index.name() + " on "
        + table + index.columns();
  }

  @Override
  public Schema applyTo(Schema schema) {
    return Tables.change(schema, table, t -> t.index(index));
  }

  @Override
  public Optional<String> hazard() {
    return Optional.of(
        "builds index " + index.name() + " on existing table " + table
            + ": blocks writes to it until the build ends");
  }
}
