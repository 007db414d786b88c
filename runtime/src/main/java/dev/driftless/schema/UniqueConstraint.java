package dev.driftless.schema;

import java.util.List;
import java.util.Objects;

/** A unique constraint over one or more columns, in constraint order. */
public record UniqueConstraint(String name, List<String> columns) {

  public UniqueConstraint {
    Objects.requireNonNull(name, "name");
    columns = NonEmpty.copy(columns, "unique constraint " + name);
  }

  public static UniqueConstraint of(String name, String... columns) {
    return new UniqueConstraint(name, List.of(columns));
  }
}
