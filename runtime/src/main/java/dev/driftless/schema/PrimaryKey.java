package dev.driftless.schema;

import java.util.List;
import java.util.Objects;

/** A primary key constraint: its name and its columns, in key order. */
public record PrimaryKey(String name, List<String> columns) {

  public PrimaryKey {
    Objects.requireNonNull(name, "name");
    columns = NonEmpty.copy(columns, "primary key " + name);
  }

  public static PrimaryKey of(String name, String... columns) {
    return new PrimaryKey(name, List.of(columns));
  }
}
