package dev.driftless.schema;

import java.util.List;
import java.util.Objects;

/**
 * An index that is not the backing index of a constraint.
 *
 * <p>Each key is a column name, optionally followed by {@code DESC} and/or
 * {@code NULLS FIRST|LAST}, or an expression in parentheses such as {@code (lower(email))}.
 *
 * @param name index name (indexes live in their table's schema)
 * @param columns index keys, in index order
 * @param unique whether the index is {@code UNIQUE}
 * @param method access method: {@code btree}, {@code gin}, {@code gist}, {@code hash}, ...
 * @param where predicate of a partial index, or {@code null}
 */
public record Index(String name, List<String> columns, boolean unique, String method,
    String where) {

  /** The access method PostgreSQL uses when none is named. */
  public static final String DEFAULT_METHOD = "btree";

  public Index {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(method, "method");
    columns = NonEmpty.copy(columns, "index " + name);
  }

  public Index(String name, List<String> columns, boolean unique) {
    this(name, columns, unique, DEFAULT_METHOD, null);
  }

  public static Index of(String name, String... columns) {
    return new Index(name, List.of(columns), false);
  }

  public static Index unique(String name, String... columns) {
    return new Index(name, List.of(columns), true);
  }

  /** This index with another access method, e.g. {@code using("gin")}. */
  public Index using(String accessMethod) {
    return new Index(name, columns, unique, accessMethod, where);
  }

  /** This index as a partial index over the rows matching {@code predicate}. */
  public Index where(String predicate) {
    return new Index(name, columns, unique, method, predicate);
  }
}
