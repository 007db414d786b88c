package dev.driftless.ops;

import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Table;
import java.util.function.UnaryOperator;

/** Shared lookup for ops that change one existing table of the in-memory model. */
final class Tables {
  private Tables() {}

  static Schema change(Schema schema, QualifiedName name, UnaryOperator<Table.Builder> change) {
    Table table =
        schema
            .table(name)
            .orElseThrow(() -> new IllegalStateException("no table " + name + " in the schema"));
    return schema.withTable(change.apply(table.toBuilder()).build());
  }
}
