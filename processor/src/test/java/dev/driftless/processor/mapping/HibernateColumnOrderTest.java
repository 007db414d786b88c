package dev.driftless.processor.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class HibernateColumnOrderTest {

  @Test
  void keyColumnsFollowHibernatesOrderSmallFixedSizesFirstThenByName() {
    List<SpelledColumn> sorted = HibernateColumnOrder.sort(Stream.of(
        Column.of("label", ColumnType.varchar(255)),
        Column.of("owner_id", ColumnType.bigint()),
        Column.of("code", ColumnType.varchar(8)),
        Column.of("position", ColumnType.integer()),
        Column.of("flag", ColumnType.bool())).map(SpelledColumn::asStored).toList());
    assertEquals(List.of("flag", "position", "code", "owner_id", "label"),
        sorted.stream().map(c -> c.column().name()).toList());
  }

  @Test
  void namesAreComparedAsHibernateSpellsThemBeforePostgresFoldsThem() {
    // Hibernate compares "Sla_id" with "customers_CUST_ID": upper case sorts first.
    String[] key = HibernateColumnOrder.names(List.of(
        new SpelledColumn(Column.of("customers_cust_id", ColumnType.integer()),
            "customers_CUST_ID"),
        new SpelledColumn(Column.of("sla_id", ColumnType.integer()), "Sla_id")));
    assertEquals(List.of("sla_id", "customers_cust_id"), List.of(key));
  }
}
