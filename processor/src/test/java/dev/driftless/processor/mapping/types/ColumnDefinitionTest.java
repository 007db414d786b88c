package dev.driftless.processor.mapping.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.schema.ColumnType;
import org.junit.jupiter.api.Test;

class ColumnDefinitionTest {

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
  void aTypeWrittenInCapitalsIsSpelledAsTheCatalogSpellsIt() {
    assertEquals(ColumnType.text(), ColumnDefinition.parse("TEXT").type());
    assertEquals(ColumnType.jsonb(), ColumnDefinition.parse("JSONB NOT NULL").type());
    assertEquals("text", ColumnDefinition.parse("Text default 'none'").type().sql());
  }
}
