package dev.driftless.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresNamesTest {

  @Test
  void followsPostgresConventions() {
    assertEquals("orders_pkey", PostgresNames.primaryKey("orders"));
    assertEquals("orders_customer_id_fkey",
        PostgresNames.foreignKey("orders", List.of("customer_id")));
    assertEquals("review_product_id_author_id_key",
        PostgresNames.uniqueConstraint("review", List.of("product_id", "author_id")));
  }

  @Test
  void cutsLongNamesTo63BytesDeterministicallyAndWithoutCollisions() {
    String prefix = "a_table_with_a_remarkably_long_name_for_demonstration_purposes";
    String first = PostgresNames.foreignKey(prefix, List.of("first_reference_id"));
    String second = PostgresNames.foreignKey(prefix, List.of("second_reference_id"));
    assertTrue(first.getBytes(StandardCharsets.UTF_8).length <= 63, first);
    assertNotEquals(first, second);
    assertEquals(first, PostgresNames.foreignKey(prefix, List.of("first_reference_id")));
  }

  @Test
  void neverSplitsAMultiByteCharacter() {
    String name = "ü".repeat(40);
    String fitted = PostgresNames.fit(name);
    assertTrue(fitted.getBytes(StandardCharsets.UTF_8).length <= 63, fitted);
    assertTrue(fitted.startsWith("üüü"), fitted);
    assertEquals(fitted, new String(fitted.getBytes(StandardCharsets.UTF_8),
        StandardCharsets.UTF_8));
  }

  @Test
  void leavesShortNamesAlone() {
    assertEquals("x".repeat(63), PostgresNames.fit("x".repeat(63)));
  }
}
