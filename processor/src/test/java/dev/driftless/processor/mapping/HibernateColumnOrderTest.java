package dev.driftless.processor.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import java.util.List;
import org.junit.jupiter.api.Test;

class HibernateColumnOrderTest {

  @Test
  void keyColumnsFollowHibernatesOrderSmallFixedSizesFirstThenByName() {
    List<Column> sorted = HibernateColumnOrder.sort(List.of(
        Column.of("label", ColumnType.varchar(255)),
        Column.of("owner_id", ColumnType.bigint()),
        Column.of("code", ColumnType.varchar(8)),
        Column.of("position", ColumnType.integer()),
        Column.of("flag", ColumnType.bool())));
    assertEquals(List.of("flag", "position", "code", "owner_id", "label"),
        sorted.stream().map(Column::name).toList());
  }
}
