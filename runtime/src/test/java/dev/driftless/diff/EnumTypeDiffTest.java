package dev.driftless.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.ops.AddEnumValue;
import dev.driftless.ops.CreateEnumType;
import dev.driftless.ops.CreateTable;
import dev.driftless.ops.DropEnumType;
import dev.driftless.ops.DropTable;
import dev.driftless.ops.RecreateEnumType;
import dev.driftless.ops.SchemaOp;
import dev.driftless.schema.Column;
import dev.driftless.schema.EnumType;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Table;
import dev.driftless.snapshot.SnapshotCodec;
import dev.driftless.sql.PostgresDialect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Native enum types: created before their tables, extended in place, rebuilt otherwise. */
class EnumTypeDiffTest {
  private final SchemaDiffer differ = new SchemaDiffer();
  private final PostgresDialect dialect = new PostgresDialect();

  private static Schema withStatus(String... labels) {
    EnumType status = EnumType.of("public", "status", labels);
    Table orders = Table.builder("public", "orders")
        .column(Column.of("id", dev.driftless.schema.ColumnType.bigint()).notNull())
        .column(Column.of("status", status.columnType()).defaultValue("'NEW'::status"))
        .primaryKey("orders_pkey", "id")
        .build();
    return new Schema(List.of(orders), List.of(), List.of(), List.of(status));
  }

  @Test
  void createsTheTypeBeforeTheTableAndDropsItAfter() {
    Schema schema = withStatus("NEW", "PAID");
    List<SchemaOp> up = differ.diff(Schema.empty(), schema);
    assertTrue(up.get(0) instanceof CreateEnumType, up.toString());
    assertTrue(up.get(1) instanceof CreateTable, up.toString());
    assertEquals("CREATE TYPE \"public\".\"status\" AS ENUM ('NEW', 'PAID')",
        dialect.render(up.get(0)).get(0));
    List<SchemaOp> down = differ.diff(schema, Schema.empty());
    assertEquals(List.of(new DropTable(schema.tables().get(0).name()),
        new DropEnumType(schema.enums().get(0).name())), down);
  }

  @Test
  void addedLabelsBecomeAddValueInTheirPlace() {
    Schema before = withStatus("NEW", "PAID");
    Schema after = withStatus("DRAFT", "NEW", "PAID", "SHIPPED");
    List<SchemaOp> up = differ.diff(before, after);
    assertEquals(List.of(new AddEnumValue(before.enums().get(0).name(), "DRAFT", "NEW"),
        new AddEnumValue(before.enums().get(0).name(), "SHIPPED", null)), up);
    assertEquals("ALTER TYPE \"public\".\"status\" ADD VALUE 'DRAFT' BEFORE 'NEW'",
        dialect.render(up.get(0)).get(0));
    assertEquals(after, apply(before, up));
    assertTrue(up.stream().allMatch(op -> op.hazard(Schema.empty()).isEmpty()), "adding a label is safe");
  }

  @Test
  void removedOrReorderedLabelsRebuildTheTypeAndConvertItsColumns() {
    Schema before = withStatus("NEW", "PAID", "SHIPPED");
    Schema after = withStatus("NEW", "SHIPPED");
    List<SchemaOp> up = differ.diff(before, after);
    assertEquals(1, up.size(), up.toString());
    RecreateEnumType rebuild = (RecreateEnumType) up.get(0);
    assertEquals(List.of(new RecreateEnumType.Usage(before.tables().get(0).name(), "status",
        "'NEW'::status")), rebuild.usages());
    assertTrue(rebuild.hazard(Schema.empty()).orElseThrow().contains("removes [PAID]"), rebuild.hazard(Schema.empty())::get);
    assertEquals(List.of(
        "ALTER TYPE \"public\".\"status\" RENAME TO \"status__driftless_old\"",
        "CREATE TYPE \"public\".\"status\" AS ENUM ('NEW', 'SHIPPED')",
        "ALTER TABLE \"public\".\"orders\" ALTER COLUMN \"status\" DROP DEFAULT",
        "ALTER TABLE \"public\".\"orders\" ALTER COLUMN \"status\" TYPE \"public\".\"status\" "
            + "USING \"status\"::text::\"public\".\"status\"",
        "ALTER TABLE \"public\".\"orders\" ALTER COLUMN \"status\" SET DEFAULT 'NEW'::status",
        "DROP TYPE \"public\".\"status__driftless_old\""), dialect.render(rebuild));
    assertEquals(after, apply(before, up));
    assertEquals(before, apply(after, differ.diff(after, before)));
  }

  @Test
  void snapshotKeepsEnumTypesAndOmitsTheBlockWhenThereAreNone() {
    SnapshotCodec codec = new SnapshotCodec();
    Schema schema = withStatus("NEW", "PAID");
    String text = codec.write(schema);
    assertTrue(text.contains("\"enums\": [\n    {\"schema\":\"public\",\"name\":\"status\","
        + "\"values\":[\"NEW\",\"PAID\"]}\n  ],"), text);
    assertEquals(schema, codec.read(text, "test"));
    assertTrue(!codec.write(Schema.empty()).contains("enums"));
  }

  private static Schema apply(Schema schema, List<SchemaOp> ops) {
    Schema result = schema;
    for (SchemaOp op : ops) {
      result = op.applyTo(result);
    }
    return result;
  }
}
