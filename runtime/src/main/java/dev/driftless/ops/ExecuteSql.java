package dev.driftless.ops;

import dev.driftless.schema.Schema;
import java.util.Objects;

/**
 * Raw SQL from a hand-edited revision (a data migration, say). The model cannot see its effect,
 * so a revision that changes the schema this way must also change the entities to match.
 */
public record ExecuteSql(String sql) implements SchemaOp {

  public ExecuteSql {
    Objects.requireNonNull(sql, "sql");
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
}
