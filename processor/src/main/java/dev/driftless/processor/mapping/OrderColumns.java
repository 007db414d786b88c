package dev.driftless.processor.mapping;

import dev.driftless.processor.element.AnnotationValues;
import dev.driftless.processor.element.Jpa;
import dev.driftless.schema.CheckConstraint;
import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.PostgresNames;
import dev.driftless.schema.QualifiedName;
import javax.lang.model.element.VariableElement;

/** The list-index column Hibernate adds for {@code @OrderColumn}, and its check. */
final class OrderColumns {
  private final MappingContext context;

  OrderColumns(MappingContext context) {
    this.context = context;
  }

  /**
   * The list index of {@code field}: {@code <field>_ORDER} unless named, an integer, NOT NULL
   * unless it lives in the element's own table ({@code nullable}).
   */
  Column column(VariableElement field, boolean nullable) {
    String explicit = AnnotationValues.find(field, Jpa.ORDER_COLUMN)
        .map(o -> context.values().string(o, "name")).orElse("");
    String name = explicit.isEmpty()
        ? context.names().orderColumn(field.getSimpleName().toString())
        : context.names().physical(explicit);
    return Column.of(name, ColumnType.integer()).nullable(nullable);
  }

  /** The list index of {@code field} as a NOT NULL key column, named as Hibernate spells it. */
  SpelledColumn keyColumn(VariableElement field) {
    String explicit = AnnotationValues.find(field, Jpa.ORDER_COLUMN)
        .map(o -> context.values().string(o, "name")).orElse("");
    return new SpelledColumn(column(field, false), context.names().spelling(
        explicit.isEmpty() ? field.getSimpleName() + "_ORDER" : explicit, false));
  }

  /** The check Hibernate 7 puts on a list index, non-negative; null in 6.6, which has none. */
  CheckConstraint check(QualifiedName table, Column order) {
    if (!context.line().orderColumnCheck()) {
      return null;
    }
    return new CheckConstraint(PostgresNames.check(table.name(), order.name()),
        PostgresNames.quote(order.name()) + " >= 0");
  }
}
