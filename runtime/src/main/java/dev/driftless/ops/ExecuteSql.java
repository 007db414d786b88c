package dev.driftless.ops;

import dev.driftless.schema.Schema;
import java.util.List;
import java.util.Objects;

/**
 * Raw SQL from a hand-edited revision (a data migration, say), with optional {@code ?} bind
 * parameters. The model cannot see its effect, so a revision that changes the schema this way
 * must also change the entities to match.
 */
public record ExecuteSql(String sql, List<Object> parameters) implements SchemaOp {

  public ExecuteSql {
    Objects.requireNonNull(sql, "sql");
    parameters = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(parameters));
  }

  public ExecuteSql(String sql) {
    this(sql, List.of());
  }

  @Override
  public String describe() {
    String oneLine = sql.strip().replaceAll("\\s+", " ");
    return "execute " + (oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine);
  }

  @Override
  public Schema applyTo(Schema schema) {
    return schema;
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitExecuteSql(this);
  }
}
