package dev.driftless.processor.mapping;

import dev.driftless.schema.Column;

/**
 * A key column with its name as Hibernate holds it, before PostgreSQL folds it to lower case:
 * Hibernate orders the columns of the keys it makes by that spelling ({@code Sla_id} before
 * {@code customers_id}), which the folded name alone cannot tell.
 *
 * @param column the column, named as PostgreSQL stores it
 * @param spelling its name as Hibernate spells it
 */
record SpelledColumn(Column column, String spelling) {
  /** A column whose name Hibernate spells as PostgreSQL stores it. */
  static SpelledColumn asStored(Column column) {
    return new SpelledColumn(column, column.name());
  }
}
