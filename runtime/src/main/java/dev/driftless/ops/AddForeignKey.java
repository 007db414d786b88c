package dev.driftless.ops;

import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import java.util.Optional;

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

  /**
   * Flags a foreign key added to a table that may hold rows: PostgreSQL checks every row against
   * the referenced table while it holds a lock that blocks writes to both.
   */
  @Override
  public Optional<String> hazard(Schema start) {
    if (notValid || start.table(table).isEmpty()) {
      return Optional.empty(); // the scan belongs to the ValidateConstraint; a new table is empty
    }
    return Optional.of("adds foreign key " + foreignKey.name() + " to existing table " + table
        + ": checks every row while blocking writes to " + table + " and "
        + foreignKey.target() + ", and fails if a row has no match; " + OnlineHint.TEXT);
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAddForeignKey(this);
  }
}
