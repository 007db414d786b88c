package dev.driftless.ops;

import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;

/** {@code COMMENT ON TABLE}; {@code to == null} removes the comment. */
public record CommentOnTable(QualifiedName table, String from, String to) implements TableOp {
  @Override
  public String describe() {
    return "comment on table " + table;
  }

  @Override
  public Schema applyTo(Schema schema) {
    return Tables.change(schema, table, t -> t.comment(to));
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitCommentOnTable(this);
  }
}
