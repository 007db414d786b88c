package dev.driftless.schema;

import java.util.Objects;

/**
 * A standalone sequence, such as the one behind {@code @GeneratedValue(strategy = SEQUENCE)}.
 * Sequences owned by identity columns are part of their column, not modelled here.
 *
 * @param name qualified sequence name
 * @param start {@code START WITH}
 * @param increment {@code INCREMENT BY} (Hibernate's allocation size)
 */
public record Sequence(QualifiedName name, long start, long increment) {

  public Sequence {
    Objects.requireNonNull(name, "name");
    if (increment == 0) {
      throw new IllegalArgumentException("sequence " + name + " has increment 0");
    }
  }

  public static Sequence of(String schema, String name, long start, long increment) {
    return new Sequence(QualifiedName.of(schema, name), start, increment);
  }
}
