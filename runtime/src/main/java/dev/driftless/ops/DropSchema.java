package dev.driftless.ops;

import dev.driftless.schema.Schema;
import java.util.Objects;

/** {@code DROP SCHEMA} (RESTRICT): fails rather than drop objects the model does not know. */
public record DropSchema(String name) implements SchemaOp {
  public DropSchema {
    Objects.requireNonNull(name, "name");
  }

  @Override
  public String describe() {
    return "drop schema " + name;
  }

  @Override
  public Schema applyTo(Schema schema) {
    return schema.withoutNamespace(name);
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropSchema(this);
  }
}
