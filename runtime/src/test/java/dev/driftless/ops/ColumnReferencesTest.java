package dev.driftless.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.driftless.diff.RenameHints;
import dev.driftless.diff.SchemaDiffer;
import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.Index;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnReferencesTest {

  @Test
  void renamesIdentifiersButNotLiteralsFunctionsOrTypes() {
    assertEquals("\"sort\" IN ('kind', 'SHOP')",
        ColumnReferences.rename("\"kind\" IN ('kind', 'SHOP')", "kind", "sort"));
    assertEquals("(lower(sort)::kind) <> ''",
        ColumnReferences.rename("(lower(kind)::kind) <> ''", "kind", "sort"));
    assertEquals("\"Sort Order\" > 0 AND kinder > 1",
        ColumnReferences.rename("kind > 0 AND kinder > 1", "kind", "Sort Order"));
    assertEquals("kind (x)", ColumnReferences.rename("kind (x)", "kind", "sort"));
  }

  @Test
  void renamesPlainAndExpressionIndexKeysKeepingTheirOrdering() {
    assertEquals("sort DESC NULLS LAST",
        ColumnReferences.renameKey("kind DESC NULLS LAST", "kind", "sort"));
    assertEquals("(lower((sort)::text))",
        ColumnReferences.renameKey("(lower((kind)::text))", "kind", "sort"));
    assertEquals("kinder", ColumnReferences.renameKey("kinder", "kind", "sort"));
  }

  @Test
  void aRenamedColumnTakesItsCheckAlongAndTheCheckIsRenamedNotRebuilt() {
    QualifiedName shop = QualifiedName.of("public", "shop");
    Schema before = new Schema(List.of(Table.builder(shop)
        .column(Column.of("kind", ColumnType.varchar(255)))
        .check("shop_kind_check", "\"kind\" IN ('SHOP', 'KIOSK')")
        .index(Index.of("shop_kind_idx", "kind DESC").where("kind <> 'KIOSK'"))
        .build()), List.of());
    Schema after = new Schema(List.of(Table.builder(shop)
        .column(Column.of("sort", ColumnType.varchar(255)))
        .check("shop_sort_check", "\"sort\" IN ('SHOP', 'KIOSK')")
        .index(Index.of("shop_sort_idx", "sort DESC").where("sort <> 'KIOSK'"))
        .build()), List.of());
    RenameHints hints = new RenameHints(Map.of(), Map.of(shop, Map.of("sort", "kind")));
    var ops = new SchemaDiffer().diff(before, after, hints);
    assertEquals(List.of(new RenameColumn(shop, "kind", "sort"),
        new RenameConstraint(shop, "shop_kind_check", "shop_sort_check"),
        new dev.driftless.ops.RenameIndex(shop, "shop_kind_idx", "shop_sort_idx")), ops);
  }
}
