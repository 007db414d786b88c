package dev.driftless.ops;

import dev.driftless.schema.Index;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import java.util.Optional;

/**
 * {@code CREATE [UNIQUE] INDEX [CONCURRENTLY]} on an existing table. {@code CONCURRENTLY} does not
 * block writes but cannot run in a transaction: its revision must be
 * {@code @Revision(transactional = false)}.
 */
public record CreateIndex(QualifiedName table, Index index, boolean concurrently)
    implements TableOp {

  public CreateIndex(QualifiedName table, Index index) {
    this(table, index, false);
  }
  @Override
  public String describe() {
    return "create " + (index.unique() ? "unique " : "") + "index "
        + (concurrently ? "concurrently " : "") + index.name() + " on "
        + table + index.columns();
  }

  @Override
  public Schema applyTo(Schema schema) {
    return Tables.change(schema, table, t -> t.index(index));
  }

  @Override
  public Optional<String> hazard(Schema start) {
    if (concurrently || start.table(table).isEmpty()) {
      return Optional.empty(); // a table created in the same revision is empty
    }
    return Optional.of(
        "builds index " + index.name() + " on existing table " + table
            + ": blocks writes to it until the build ends");
  }

  @Override
  public boolean needsNoTransaction() {
    return concurrently;
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitCreateIndex(this);
  }
}
