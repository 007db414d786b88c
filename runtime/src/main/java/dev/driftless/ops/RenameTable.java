package dev.driftless.ops;

import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code ALTER TABLE … RENAME TO}: the rows stay; foreign keys follow the table. */
public record RenameTable(QualifiedName table, String newName) implements TableOp {
  @Override
  public String describe() {
    return "rename table " + table + " to " + newName;
  }

  public QualifiedName renamed() {
    return QualifiedName.of(table.schema(), newName);
  }

  @Override
  public Schema applyTo(Schema schema) {
    Table old = schema.table(table)
        .orElseThrow(() -> new IllegalStateException("no table " + table + " in the schema"));
    List<Table> tables = new ArrayList<>();
    for (Table t : schema.tables()) {
      Table.Builder builder = (t == old ? Table.builder(renamed()).columns(t.columns())
          .comment(t.comment()) : t.toBuilder()).clearForeignKeys();
      if (t == old) {
        if (t.primaryKey() != null) {
          builder.primaryKey(t.primaryKey());
        }
        t.uniqueConstraints().forEach(builder::unique);
        t.checkConstraints().forEach(builder::check);
        t.indexes().forEach(builder::index);
      }
      for (ForeignKey fk : t.foreignKeys()) {
        builder.foreignKey(fk.target().equals(table)
            ? new ForeignKey(fk.name(), fk.columns(), renamed(), fk.targetColumns(),
                fk.onDelete(), fk.onUpdate(), fk.deferrability())
            : fk);
      }
      tables.add(builder.build());
    }
    return schema.replaceTables(tables);
  }

  /**
   * Flags every table rename, as a column rename is: instances still running the previous
   * release name the old table and fail until they are replaced.
   */
  @Override
  public Optional<String> hazard(Schema start) {
    return Optional.of("renames table " + table + " to " + newName + ": instances still running "
        + "the previous code (during a rolling deploy) fail on the old name; stop them first, or "
        + "keep a view of the old name until they are gone");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitRenameTable(this);
  }
}
