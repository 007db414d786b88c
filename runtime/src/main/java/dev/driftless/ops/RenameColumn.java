package dev.driftless.ops;

import dev.driftless.schema.CheckConstraint;
import dev.driftless.schema.Column;
import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.Index;
import dev.driftless.schema.PrimaryKey;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Table;
import dev.driftless.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code ALTER TABLE … RENAME COLUMN}: the data stays; keys, indexes and foreign keys follow the
 * column (in PostgreSQL and in the model), and so do the references in check expressions, index
 * expressions and predicates, which PostgreSQL rewrites too.
 */
public record RenameColumn(QualifiedName table, String from, String to) implements TableOp {
  @Override
  public String describe() {
    return "rename column " + table + "." + from + " to " + to;
  }

  @Override
  public Schema applyTo(Schema schema) {
    List<Table> tables = new ArrayList<>();
    for (Table t : schema.tables()) {
      tables.add(t.name().equals(table) ? renameIn(t) : retarget(t));
    }
    return schema.replaceTables(tables);
  }

  private Table renameIn(Table t) {
    Table.Builder builder = Table.builder(t.name()).comment(t.comment());
    for (Column c : t.columns()) {
      builder.column(c.name().equals(from)
          ? new Column(to, c.type(), c.nullable(), c.identity(), c.defaultExpression(),
              c.comment())
          : c);
    }
    if (t.primaryKey() != null) {
      builder.primaryKey(new PrimaryKey(t.primaryKey().name(), names(t.primaryKey().columns())));
    }
    t.uniqueConstraints().forEach(u -> builder.unique(
        new UniqueConstraint(u.name(), names(u.columns()))));
    t.checkConstraints().forEach(c -> builder.check(
        new CheckConstraint(c.name(), ColumnReferences.rename(c.expression(), from, to))));
    t.indexes().forEach(i -> builder.index(new Index(i.name(),
        i.columns().stream().map(k -> ColumnReferences.renameKey(k, from, to)).toList(),
        i.unique(), i.method(),
        i.where() == null ? null : ColumnReferences.rename(i.where(), from, to))));
    for (ForeignKey fk : t.foreignKeys()) {
      builder.foreignKey(retarget(new ForeignKey(fk.name(), names(fk.columns()), fk.target(),
          fk.targetColumns(), fk.onDelete(), fk.onUpdate(), fk.deferrability())));
    }
    return builder.build();
  }

  private Table retarget(Table t) {
    Table.Builder builder = t.toBuilder().clearForeignKeys();
    t.foreignKeys().forEach(fk -> builder.foreignKey(retarget(fk)));
    return builder.build();
  }

  private ForeignKey retarget(ForeignKey fk) {
    return fk.target().equals(table)
        ? new ForeignKey(fk.name(), fk.columns(), fk.target(), names(fk.targetColumns()),
            fk.onDelete(), fk.onUpdate(), fk.deferrability())
        : fk;
  }

  private List<String> names(List<String> columns) {
    return columns.stream().map(c -> c.equals(from) ? to : c).toList();
  }

  /**
   * Flags every column rename: the data stays, but instances still running the previous release
   * (a rolling deploy) name the old column and fail until they are replaced.
   */
  @Override
  public Optional<String> hazard(Schema start) {
    return Optional.of("renames column " + table + "." + from + " to " + to + ": instances still "
        + "running the previous code (during a rolling deploy) fail on the old name; stop them "
        + "first, or add the new column and drop the old one in a later release");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitRenameColumn(this);
  }
}
