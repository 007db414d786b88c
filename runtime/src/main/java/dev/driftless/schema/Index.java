package dev.driftless.schema;

import java.util.List;
import java.util.Objects;

/**
 * An index that is not the backing index of a constraint.
 *
 * @param name index name (indexes live in their table's schema)
 * @param columns indexed columns, in index order
 * @param unique whether the index is {@code UNIQUE}
 */
public record Index(String name, List<String> columns, boolean unique) {

  public Index {
    Objects.requireNonNull(name, "name");
    columns = NonEmpty.copy(columns, "index " + name);
  }

  public static Index of(String name, String... columns) {
    return new Index(name, List.of(columns), false);
  }

  public static Index unique(String name, String... columns) {
    return new Index(name, List.of(columns), true);
  }
}
