package dev.driftless.ops;

import dev.driftless.schema.Column;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Changes a column's type, nullability, default or identity in place. Both the old and the new
 * definition are kept, so that the change can be reviewed, classified and reversed.
 */
public record AlterColumn(QualifiedName table, Column from, Column to) implements TableOp {

  public AlterColumn {
    if (!from.name().equals(to.name())) {
      throw new IllegalArgumentException(
          "alterColumn changes " + from.name() + " into " + to.name() + "; use a rename");
    }
  }

  @Override
  public String describe() {
    List<String> what = new ArrayList<>();
    if (!from.type().equals(to.type())) {
      what.add("type " + from.type() + " -> " + to.type());
    }
    if (from.nullable() != to.nullable()) {
      what.add(to.nullable() ? "drop not null" : "set not null");
    }
    if (!java.util.Objects.equals(from.defaultExpression(), to.defaultExpression())) {
      what.add("default " + from.defaultExpression() + " -> " + to.defaultExpression());
    }
    if (from.identity() != to.identity()) {
      what.add("identity " + from.identity() + " -> " + to.identity());
    }
    if (!java.util.Objects.equals(from.comment(), to.comment())) {
      what.add("comment");
    }
    return "alter column " + table + "." + to.name() + " (" + String.join(", ", what) + ")";
  }

  @Override
  public Schema applyTo(Schema schema) {
    return Tables.change(
        schema, table, t -> t.mapColumns(c -> c.name().equals(from.name()) ? to : c));
  }

  @Override
  public Optional<String> hazard() {
    if (!from.type().equals(to.type())) {
      return Optional.of(
          "changes the type of " + table + "." + to.name() + " from " + from.type() + " to "
              + to.type() + ": may fail on existing data or rewrite the table");
    }
    if (from.nullable() && !to.nullable()) {
      return Optional.of(
          "sets NOT NULL on existing column " + table + "." + to.name()
              + ": fails if any row holds NULL; scans the table under an exclusive lock unless "
              + "a validated CHECK (… IS NOT NULL) exists");
    }
    return Optional.empty();
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAlterColumn(this);
  }
}
