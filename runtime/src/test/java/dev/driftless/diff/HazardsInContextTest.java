package dev.driftless.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.ops.SchemaOp;
import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The hazards of a revision judged against the schema it starts from: what can fail on existing
 * rows, scan a populated table under lock or break the running release is flagged; what only
 * touches a table or column the same revision creates is not.
 */
class HazardsInContextTest {
  private static final QualifiedName ORDERS = QualifiedName.of("public", "orders");
  private final SchemaDiffer differ = new SchemaDiffer();

  @Test
  void aForeignKeyAddedToAnExistingTableIsFlaggedWithItsOnlineForm() {
    Schema start = schema(customer(), orders().build());
    Schema later = schema(customer(), orders()
        .column(Column.of("customer_id", ColumnType.bigint()))
        .foreignKey(ForeignKey.named("orders_customer_id_fkey").columns("customer_id")
            .references("public", "customer", "id"))
        .build());

    List<String> hazards = hazards(start, later);

    assertEquals(1, hazards.size(), hazards::toString);
    assertTrue(hazards.get(0).startsWith("adds foreign key orders_customer_id_fkey to existing "
        + "table public.orders: checks every row while blocking writes to public.orders and "
        + "public.customer"), hazards::toString);
    assertTrue(hazards.get(0).contains("NOT VALID"), hazards::toString);
  }

  @Test
  void aForeignKeyOfANewTableIsNotFlagged() {
    Schema start = schema(customer());
    Schema later = schema(customer(), orders()
        .column(Column.of("customer_id", ColumnType.bigint()))
        .foreignKey(ForeignKey.named("orders_customer_id_fkey").columns("customer_id")
            .references("public", "customer", "id"))
        .build());

    assertEquals(List.of(), hazards(start, later));
  }

  @Test
  void aCheckAddedWithItsBrandNewNullableColumnIsNotFlagged() {
    Schema start = schema(orders().build());
    Schema later = schema(orders()
        .column(Column.of("status", ColumnType.varchar(10)))
        .check("orders_status_check", "(status)::text = ANY (ARRAY['NEW', 'PAID'])")
        .build());

    assertEquals(List.of(), hazards(start, later));
  }

  @Test
  void aCheckAddedWithItsBrandNewDefaultedColumnIsNotFlagged() {
    Schema start = schema(orders().build());
    Schema later = schema(orders()
        .column(Column.of("quantity", ColumnType.integer()).notNull().defaultValue("1"))
        .check("orders_quantity_check", "quantity > 0")
        .build());

    assertEquals(List.of(), hazards(start, later));
  }

  @Test
  void aCheckOnAColumnThatAlreadyHoldsRowsIsStillFlagged() {
    Schema start = schema(orders().column(Column.of("total", ColumnType.integer())).build());
    Schema later = schema(orders().column(Column.of("total", ColumnType.integer()))
        .check("orders_total_check", "total >= 0").build());

    List<String> hazards = hazards(start, later);

    assertEquals(1, hazards.size(), hazards::toString);
    assertTrue(hazards.get(0).startsWith("adds check constraint orders_total_check to existing "
        + "table public.orders: fails if any row violates it"), hazards::toString);
  }

  @Test
  void aColumnRenameIsFlaggedBecauseTheRunningReleaseStillUsesTheOldName() {
    Schema start = schema(orders().column(Column.of("total", ColumnType.integer())).build());
    Schema later = schema(orders().column(Column.of("amount", ColumnType.integer())).build());

    List<SchemaOp> ops = differ.diff(start, later,
        new RenameHints(Map.of(), Map.of(ORDERS, Map.of("amount", "total"))));
    List<String> hazards = ops.stream().flatMap(op -> op.hazard(start).stream()).toList();

    assertEquals(1, hazards.size(), hazards::toString);
    assertTrue(hazards.get(0).startsWith("renames column public.orders.total to amount: "
        + "instances still running the previous code (during a rolling deploy) fail on the old "
        + "name"), hazards::toString);
  }

  private List<String> hazards(Schema start, Schema later) {
    return differ.diff(start, later).stream().flatMap(op -> op.hazard(start).stream()).toList();
  }

  private static Table customer() {
    return Table.builder("public", "customer")
        .column(Column.of("id", ColumnType.bigint()).notNull()).primaryKey("customer_pkey", "id")
        .build();
  }

  private static Table.Builder orders() {
    return Table.builder(ORDERS)
        .column(Column.of("id", ColumnType.bigint()).notNull()).primaryKey("orders_pkey", "id");
  }

  private static Schema schema(Table... tables) {
    return new Schema(List.of(tables), List.of());
  }
}
