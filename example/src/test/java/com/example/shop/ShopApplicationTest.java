package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.Driftless;
import dev.driftless.testing.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The example's committed revisions and snapshot, applied to a real PostgreSQL. */
class ShopApplicationTest {

  @Test
  void startUpMigratesAndVerifiesAndSaysSo() {
    DataSource database = TestDatabases.fresh();
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      ShopApplication.run(database);
    } finally {
      System.setOut(original);
    }
    String output = captured.toString(StandardCharsets.UTF_8);
    assertTrue(output.contains("Verify: No drift"), output);
    assertTrue(output.contains("Migrate again: 0 revision(s)"), output);
  }

  @Test
  void theDatabaseUrlIsPrintedWithoutItsPassword() throws Exception {
    String url = ((org.postgresql.ds.PGSimpleDataSource) TestDatabases.fresh()).getUrl();
    String withPassword =
        url + (url.contains("?") ? "&" : "?") + "user=postgres&password=hunter2";
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      ShopApplication.main(new String[] {withPassword});
    } finally {
      System.setOut(original);
    }
    String output = captured.toString(StandardCharsets.UTF_8);
    assertTrue(output.contains("Using the database at ") && output.contains("password=***"),
        output);
    assertTrue(!output.contains("hunter2"), output);
    assertTrue(output.contains("Verify: No drift"), output);
  }

  @Test
  void theMigratedSchemaTakesTheDataTheEntitiesDescribe() throws Exception {
    DataSource database = TestDatabases.fresh();
    Driftless driftless = Driftless.configure().dataSource(database).load();
    driftless.migrate();
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("INSERT INTO customer (public_id, email, full_name, created_at) "
          + "VALUES (gen_random_uuid(), 'ada@example.com', 'Ada', now())");
      statement.execute("INSERT INTO category (name) VALUES ('Books')");
      statement.execute("INSERT INTO product (sku, name, price, category_id, active) "
          + "VALUES ('B-1', 'Notes', 9.50, (SELECT id FROM category), true)");
      statement.execute("INSERT INTO orders (id, customer_id, status, placed_at, total) "
          + "VALUES (nextval('orders_seq'), (SELECT id FROM customer), 'PLACED', now(), 9.50)");
      statement.execute("INSERT INTO order_line (id, order_id, product_id, quantity, unit_price) "
          + "VALUES (nextval('order_line_seq'), (SELECT id FROM orders), "
          + "(SELECT id FROM product), 1, 9.50)");
      try (PreparedStatement duplicate = connection.prepareStatement(
          "INSERT INTO customer (public_id, email, full_name, created_at) "
              + "VALUES (gen_random_uuid(), 'ada@example.com', 'Ada again', now())")) {
        java.sql.SQLException error = org.junit.jupiter.api.Assertions.assertThrows(
            java.sql.SQLException.class, duplicate::execute);
        assertEquals("23505", error.getSQLState(), "the unique email constraint holds");
      }
      try (ResultSet rows = statement.executeQuery(
          "SELECT count(*) FROM order_line JOIN orders ON orders.id = order_line.order_id")) {
        rows.next();
        assertEquals(1, rows.getInt(1));
      }
    }
    assertTrue(driftless.check().isClean());
  }
}
