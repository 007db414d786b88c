package dev.driftless.ops;

import dev.driftless.schema.EnumType;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code ALTER TYPE … ADD VALUE}: the cheap, append-only change to an enum type, which needs no
 * table rewrite. PostgreSQL cannot take a value out again, so the inverse is a
 * {@link RecreateEnumType}.
 *
 * @param type the enum type
 * @param value the new label
 * @param before the label it goes before, or {@code null} to go last
 */
public record AddEnumValue(QualifiedName type, String value, String before) implements SchemaOp {

  public AddEnumValue {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String describe() {
    return "add value '" + value + "' to enum type " + type
        + (before == null ? "" : " before '" + before + "'");
  }

  @Override
  public Schema applyTo(Schema schema) {
    EnumType old = schema.enumType(type).orElseThrow(
        () -> new IllegalStateException("no enum type " + type + " to add '" + value + "' to"));
    List<String> values = new ArrayList<>(old.values());
    values.add(before == null ? values.size() : values.indexOf(before), value);
    return schema.withEnum(new EnumType(type, values));
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAddEnumValue(this);
  }
}
