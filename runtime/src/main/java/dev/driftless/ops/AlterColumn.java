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

  /**
   * Whether code written for the old type still works on the new one: the type is unchanged, or
   * only a limit is relaxed, or an integer or floating-point type becomes a wider one.
   */
  public boolean keepsTypeReadable() {
    return TypeChange.widens(from.type(), to.type());
  }

  /**
   * Flags a type change by what PostgreSQL does with it ({@link TypeChange}): a change that only
   * relaxes a limit touches the catalog alone and is not flagged; a narrowing and a rewrite are.
   * Setting NOT NULL on the existing column is flagged too, with the type change if both happen.
   */
  @Override
  public Optional<String> hazard(Schema start) {
    List<String> hazards = new ArrayList<>();
    String column = table + "." + to.name();
    String change = "changes the type of " + column + " from " + from.type() + " to " + to.type();
    switch (TypeChange.of(from.type(), to.type())) {
      case METADATA_ONLY -> { } // PostgreSQL only updates its catalog: nothing to review
      case NARROWING -> hazards.add(change + ", a narrowing: fails if an existing value does "
          + "not fit (digits past a numeric's new scale are rounded away), and rewrites the "
          + "table under an exclusive lock");
      case REWRITE -> hazards.add(change + ": rewrites the table and its indexes under an "
          + "exclusive lock, and fails if an existing value does not convert");
    }
    if (from.nullable() && !to.nullable()) {
      hazards.add("sets NOT NULL on existing column " + column
          + ": fails if any row holds NULL; scans the table under an exclusive lock unless "
          + "a validated CHECK (… IS NOT NULL) exists");
    }
    return hazards.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", hazards));
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAlterColumn(this);
  }
}
