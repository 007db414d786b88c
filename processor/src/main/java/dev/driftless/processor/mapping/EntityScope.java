package dev.driftless.processor.mapping;

import dev.driftless.processor.mapping.Contribution.CheckSpec;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.PostgresNames;
import javax.lang.model.element.TypeElement;

/**
 * Where an attribute is being read: the entity whose table is being built, that table, and, for
 * the attributes of a {@code SINGLE_TABLE} subclass, the subclass's discriminator value.
 *
 * @param entity the entity whose table is read
 * @param table its table
 * @param facets the column-facet reader of that table
 * @param discriminatorColumn the table's discriminator column, or null
 * @param subclassValue the discriminator value (a SQL literal) of the subclass whose attributes
 *     are read, or null for the table's own entity
 */
record EntityScope(TypeElement entity, QualifiedName table, ColumnFacets facets,
    String discriminatorColumn, String subclassValue) {

  /** The same table, reading the attributes of the subclass with {@code value}. */
  EntityScope subclass(String value) {
    return new EntityScope(entity, table, facets, discriminatorColumn, value);
  }

  boolean inSubclass() {
    return subclassValue != null;
  }

  /**
   * Rows of other classes leave a subclass's columns empty, so a column that is NOT NULL only
   * because its Java type is primitive becomes nullable, and Hibernate 7 adds a check instead:
   * {@code dtype <> 'Dog' or (barks is not null and …)}, one per subclass over all its
   * {@code columns}.
   */
  CheckSpec subclassRequires(java.util.List<String> columns) {
    return CheckSpec.unnamed(PostgresNames.quote(discriminatorColumn) + " <> " + subclassValue
        + " OR (" + String.join(" AND ", columns.stream()
            .map(c -> PostgresNames.quote(c) + " IS NOT NULL").toList()) + ")", null);
  }
}
