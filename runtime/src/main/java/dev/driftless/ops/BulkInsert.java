package dev.driftless.ops;

import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Inserts rows (reference data, say) with bind parameters, in chunks. Data only: the schema model
 * is unchanged.
 */
public record BulkInsert(QualifiedName table, List<String> columns, List<List<Object>> rows)
    implements TableOp {

  public BulkInsert {
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>();
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException("bulkInsert into " + table + ": a row has "
            + row.size() + " values for " + columns.size() + " columns " + columns);
      }
      copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = Collections.unmodifiableList(copy);
  }

  @Override
  public String describe() {
    return "insert " + rows.size() + " row(s) into " + table;
  }

  @Override
  public Schema applyTo(Schema schema) {
    return schema;
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitBulkInsert(this);
  }
}
