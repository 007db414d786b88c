package dev.driftless.schema;

import java.util.Objects;

/**
 * A {@code CHECK} constraint.
 *
 * @param name constraint name
 * @param expression the boolean SQL expression, without the {@code CHECK (…)} around it
 */
public record CheckConstraint(String name, String expression) {

  public CheckConstraint {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expression, "expression");
  }

  public static CheckConstraint of(String name, String expression) {
    return new CheckConstraint(name, expression);
  }
}
