package dev.driftless.processor.mapping.naming;

import java.util.Locale;

/**
 * How the foreign keys, unique constraints and indexes the entities do not name are named
 * ({@code -Adriftless.constraintNames}).
 */
public enum ConstraintNaming {
  /**
   * As PostgreSQL names them when none is given ({@code order_customer_id_fkey},
   * {@code customer_email_key}, {@code customer_email_idx}): readable, and the default.
   */
  POSTGRES,
  /**
   * As Hibernate names them ({@code fk…}, {@code uk…}, {@code idx…} hashes): for a database
   * Hibernate's {@code ddl-auto} created, so that it baselines without drift.
   */
  HIBERNATE;

  public static ConstraintNaming fromOption(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "postgres", "postgresql" -> POSTGRES;
      case "hibernate" -> HIBERNATE;
      default -> throw new IllegalArgumentException("-Adriftless.constraintNames=" + value
          + " is not a constraint naming; use postgres (the default: PostgreSQL's names) or "
          + "hibernate (the fk…/uk…/idx… names Hibernate generates, to adopt a database its "
          + "ddl-auto created)");
    };
  }
}
