package dev.driftless.ops;

import dev.driftless.schema.Index;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;

/** {@code ALTER INDEX … RENAME TO}: same index, new name (nothing is rebuilt). */
public record RenameIndex(QualifiedName table, String from, String to) implements TableOp {
  @Override
  public String describe() {
    return "rename index " + from + " on " + table + " to " + to;
  }

  @Override
  public Schema applyTo(Schema schema) {
    return Tables.change(schema, table, t -> {
      var table = t.build();
      var builder = t.removeIndex(from);
      table.indexes().stream().filter(i -> i.name().equals(from)).forEach(i -> builder.index(
          new Index(to, i.columns(), i.unique(), i.method(), i.where())));
      return builder;
    });
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitRenameIndex(this);
  }
}
