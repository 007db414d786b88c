package dev.driftless.processor.mapping.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each implicit name rule, under the JPA default and under Spring Boot's snake case. */
class ImplicitNamesTest {
  private final ImplicitNames jpa = new ImplicitNames(NamingStrategy.JPA, null);
  private final ImplicitNames snake = new ImplicitNames(NamingStrategy.SNAKE_CASE, null);

  @Test
  void anEntitysTableIsItsEntityName() {
    assertEquals("shipmentleg", jpa.table("ShipmentLeg"));
    assertEquals("shipment_leg", snake.table("ShipmentLeg"));
  }

  @Test
  void aBasicColumnIsItsAttributeName() {
    assertEquals("firstname", jpa.column("firstName"));
    assertEquals("first_name", snake.column("firstName"));
  }

  @Test
  void aJoinColumnIsAttributeThenReferencedColumn() {
    assertEquals("customer_id", jpa.joinColumn("customer", "id", false));
    assertEquals("billingaddress_addressid", jpa.joinColumn("billingAddress", "addressid", false));
    assertEquals("billing_address_address_id",
        snake.joinColumn("billingAddress", "address_id", false));
  }

  @Test
  void aCollectionTableIsEntityNameThenAttribute() {
    assertEquals("customer_nicknames", jpa.collectionTable("Customer", "nickNames", false));
    assertEquals("customer_nick_names", snake.collectionTable("Customer", "nickNames", false));
    assertEquals("customer_id", jpa.collectionOwnerColumn("Customer", "id", false));
  }

  @Test
  void aJoinTableIsOwnerTableThenTargetTableWithColumnsAfterBothSides() {
    assertEquals("book_author", jpa.joinTable("book", "author", false));
    assertEquals("books_id", jpa.joinTableOwnerColumn("books", "id", false));
    assertEquals("book_id", jpa.joinTableOwnerColumn("Book", "id", false));
  }

  @Test
  void namesBuiltOnAQuotedTableOrColumnAreQuotedTooAndKeepTheirCase() {
    assertEquals("lastOrder_id", snake.joinColumn("lastOrder", "id", true));
    assertEquals("Order_giftTags", jpa.collectionTable("Order", "giftTags", true));
    assertEquals("Order_id", snake.collectionOwnerColumn("Order", "id", true));
    assertEquals("Customers_Order", jpa.joinTable("Customers", "Order", true));
    assertEquals("customers_order", jpa.joinTable("Customers", "Order", false));
    assertTrue(jpa.quotedColumn("ID"));
    assertFalse(jpa.quotedColumn("id"));
  }

  @Test
  void aNameIsSpelledAsHibernateHoldsItBeforePostgresFoldsIt() {
    assertEquals("CUST_ID", jpa.spelling("CUST_ID", false));
    assertEquals("Sla_id", jpa.spelling("Sla_id", false));
    assertEquals("cust_id", snake.spelling("CUST_ID", false));
    assertEquals("sla_id", snake.spelling("Sla_id", false));
    assertEquals("Order", jpa.spelling("`Order`", false));
    assertEquals("Sla_ID", snake.spelling("Sla_ID", true));
  }

  @Test
  void mapKeysAndListIndexesAreSuffixedAttributes() {
    assertEquals("prices_key", jpa.mapKeyColumn("prices"));
    assertEquals("lines_order", jpa.orderColumn("lines"));
    assertEquals("line_items_order", snake.orderColumn("lineItems"));
  }

  @Test
  void generatorNamesFollowHibernatesDefaults() {
    assertEquals("dtype", jpa.discriminatorColumn());
    assertEquals("shipment_leg_seq", jpa.defaultSequence("shipment_leg"));
    assertEquals("shipmentleg_seq", jpa.defaultSequence("shipmentleg"));
    assertEquals("Item_SEQ", new ImplicitNames(NamingStrategy.SNAKE_CASE, Quoting.ALL, null)
        .defaultSequence("Item"));
    assertEquals("hibernate_sequences", jpa.generatorTable());
    assertEquals("sequence_name", jpa.generatorKeyColumn());
    assertEquals("next_val", jpa.generatorValueColumn());
  }
}
