package dev.driftless.ops;

import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;

/**
 * {@code ALTER TABLE … ADD CONSTRAINT … FOREIGN KEY}.
 *
 * @param notValid added {@code NOT VALID}: existing rows are not checked (and the table not
 *     scanned) until a {@link ValidateConstraint}, the large-table safe form
 */
public record AddForeignKey(QualifiedName table, ForeignKey foreignKey, boolean notValid)
    implements TableOp {

  public AddForeignKey(QualifiedName table, ForeignKey foreignKey) {
    this(table, foreignKey, false);
  }

  @Override
  public String describe() {
    return "add foreign key " + foreignKey.name() + " " + table + foreignKey.columns() + " -> "
        + foreignKey.target() + foreignKey.targetColumns() + (notValid ? " not valid" : "");
  }

  @Override
  public Schema applyTo(Schema schema) {
    return Tables.change(schema, table, t -> t.foreignKey(foreignKey));
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAddForeignKey(this);
  }
}
