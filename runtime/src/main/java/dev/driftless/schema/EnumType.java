package dev.driftless.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A native PostgreSQL enum type ({@code CREATE TYPE … AS ENUM}), such as the one Hibernate
 * creates for {@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)}. Columns of this type name it in their
 * {@link ColumnType} as {@link #columnType()} spells it.
 *
 * @param name qualified type name
 * @param values the labels, in the type's sort order
 */
public record EnumType(QualifiedName name, List<String> values) {

  public EnumType {
    Objects.requireNonNull(name, "name");
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("enum type " + name + " has no values");
    }
    if (new HashSet<>(values).size() != values.size()) {
      throw new IllegalArgumentException("enum type " + name + " repeats a value: " + values);
    }
  }

  public static EnumType of(String schema, String name, String... values) {
    return new EnumType(QualifiedName.of(schema, name), List.of(values));
  }

  /**
   * The column type naming this enum, as {@code format_type()} prints it with the default search
   * path: bare in {@code public}, schema-qualified elsewhere.
   */
  public ColumnType columnType() {
    return ColumnType.named(name.schema().equals(QualifiedName.DEFAULT_SCHEMA)
        ? name.name() : name.schema() + "." + name.name());
  }

  /**
   * Whether {@code next} only adds labels to this type, keeping the order of the existing ones:
   * then PostgreSQL's {@code ALTER TYPE … ADD VALUE} reaches it without rebuilding the type.
   */
  public boolean isExtendedBy(EnumType next) {
    int found = 0;
    for (String value : next.values) {
      if (found < values.size() && values.get(found).equals(value)) {
        found++;
      }
    }
    return found == values.size() && next.values.size() > values.size();
  }
}
