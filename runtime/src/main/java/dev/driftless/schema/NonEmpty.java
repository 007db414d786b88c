package dev.driftless.schema;

import java.util.List;

/** Shared argument check for the column lists of keys, constraints and indexes. */
final class NonEmpty {
  private NonEmpty() {}

  static List<String> copy(List<String> columns, String what) {
    List<String> copy = List.copyOf(columns);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException(what + " has no columns");
    }
    return copy;
  }
}
