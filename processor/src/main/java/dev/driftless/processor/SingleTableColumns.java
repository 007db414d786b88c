package dev.driftless.processor;

import dev.driftless.sql.PostgresDialect;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns a {@code SINGLE_TABLE} subclass adds to its root's table. Rows of the other
 * classes leave them empty, so a column that is NOT NULL only because its Java type is primitive
 * becomes nullable, and Hibernate 7 adds a check instead: {@code dtype <> 'Dog' OR barks IS NOT
 * NULL}. (An explicit {@code nullable = false} stays NOT NULL, as in Hibernate.) Those checks are
 * made here.
 */
final class SingleTableColumns {
  private final ColumnFacets facets;
  private final List<String[]> required = new ArrayList<>();
  private String discriminatorValue;

  SingleTableColumns(ColumnFacets facets) {
    this.facets = facets;
  }

  /** Columns from now on belong to the subclass with this discriminator value (a literal). */
  void enter(String valueLiteral) {
    discriminatorValue = valueLiteral;
  }

  /** Columns from now on belong to the table's own entity. */
  void leave() {
    discriminatorValue = null;
  }

  /**
   * Whether a primitive column named {@code column} is to be nullable, because it belongs to a
   * subclass; its check is then added by {@link #addChecks}.
   */
  boolean relaxes(String column) {
    if (discriminatorValue == null) {
      return false;
    }
    required.add(new String[] {discriminatorValue, column});
    return true;
  }

  /** Adds the checks for the subclasses' required columns. */
  void addChecks(String discriminatorColumn) {
    for (String[] entry : required) {
      facets.addCheck("", PostgresDialect.quote(discriminatorColumn) + " <> " + entry[0]
          + " OR " + PostgresDialect.quote(entry[1]) + " IS NOT NULL", null);
    }
  }
}
