package dev.driftless.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small rules behind names, column definitions and key order, one by one. */
class NamingAndDefinitionsTest {

  @Test
  void keywordsKeepTheirCaseUnderBothStrategiesOtherNamesFollowTheStrategy() {
    assertEquals("User", NamingStrategy.JPA.physical("User"));
    assertEquals("User", NamingStrategy.SNAKE_CASE.physical("User"));
    assertEquals("firstname", NamingStrategy.JPA.physical("firstName"));
    assertEquals("first_name", NamingStrategy.SNAKE_CASE.physical("firstName"));
    assertEquals("Mixed Case", NamingStrategy.JPA.physical("\"Mixed Case\""));
  }

  @Test
  void longNamesAreCutAtSixtyThreeBytesOnACharacterBoundaryAsPostgresCutsThem() {
    String name = "é".repeat(40); // 80 bytes
    String cut = NamingStrategy.JPA.physical(name);
    assertEquals(31, cut.length(), "31 two-byte characters fit in 63 bytes");
    assertTrue(cut.getBytes(StandardCharsets.UTF_8).length <= 63);
    assertEquals("a".repeat(63), NamingStrategy.JPA.physical("A".repeat(70)));
  }

  @Test
  void aColumnDefinitionIsATypeWithAnOptionalDefaultAndNullability() {
    ColumnDefinition plain = ColumnDefinition.parse("varchar(20)");
    assertEquals(ColumnType.varchar(20), plain.type());
    assertNull(plain.defaultExpression());
    assertFalse(plain.notNull());
    ColumnDefinition full = ColumnDefinition.parse("numeric(10, 2) DEFAULT 0.00 NOT NULL");
    assertEquals(ColumnType.numeric(10, 2), full.type());
    assertEquals("0.00", full.defaultExpression());
    assertTrue(full.notNull());
    assertEquals(ColumnType.of("timestamp with time zone"),
        ColumnDefinition.parse("timestamptz default now()").type());
    assertThrows(IllegalArgumentException.class,
        () -> ColumnDefinition.parse("integer references other(id)"));
  }

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
