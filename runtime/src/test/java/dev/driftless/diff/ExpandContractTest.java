package dev.driftless.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.ops.AddColumn;
import dev.driftless.ops.AlterColumn;
import dev.driftless.ops.Backfill;
import dev.driftless.ops.DropColumn;
import dev.driftless.ops.DropIndex;
import dev.driftless.ops.ExecuteSql;
import dev.driftless.ops.SchemaOp;
import dev.driftless.ops.ValidateConstraint;
import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.Index;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Sequence;
import dev.driftless.schema.Table;
import dev.driftless.testing.RollingSchemas;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpandContractTest {
  private final SchemaDiffer differ = new SchemaDiffer();
  private final ExpandContract expandContract = new ExpandContract();

  private ExpandContract.Plan plan(Schema from, Schema to, RenameHints hints) {
    return expandContract.plan(from, to, differ.diff(from, to, hints));
  }

  private static int indexOf(List<SchemaOp> ops, java.util.function.Predicate<SchemaOp> which) {
    for (int i = 0; i < ops.size(); i++) {
      if (which.test(ops.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The same schema up to column order, which a drift check does not compare either. */
  private void assertSame(Schema expected, Schema actual) {
    assertEquals(List.of(), differ.diff(actual, expected));
  }

  private static Schema apply(Schema schema, List<SchemaOp> ops) {
    Schema result = schema;
    for (SchemaOp op : ops) {
      result = op.applyTo(result);
    }
    return result;
  }

  @Test
  void aRenameATypeChangeAndADropAreSplitSoThatEachStepAndItsUndoReachTheirSchema() {
    Schema from = RollingSchemas.before();
    Schema to = RollingSchemas.after();
    ExpandContract.Split split = assertInstanceOf(ExpandContract.Split.class,
        plan(from, to, RollingSchemas.renames()));

    Table expanded = split.expanded().table(RollingSchemas.ACCOUNT).orElseThrow();
    assertEquals(List.of("id", "full_name", "amount", "legacy_code", "display_name",
        "amount_exact", "status"), expanded.columns().stream().map(Column::name).toList());
    // Renamed columns, old and new: nullable and without defaults while the trigger syncs them.
    for (String name : List.of("display_name", "full_name", "amount", "amount_exact")) {
      Column column = expanded.column(name).orElseThrow();
      assertTrue(column.nullable(), name);
      assertEquals(null, column.defaultExpression(), name);
    }
    // The dropped column stops being required (the new release does not write it).
    assertTrue(expanded.column("legacy_code").orElseThrow().nullable());
    // A new column with a default keeps NOT NULL: the previous release's inserts get the default.
    assertFalse(expanded.column("status").orElseThrow().nullable());
    assertEquals(List.of("account_display_name_idx", "account_full_name_idx"),
        expanded.indexes().stream().map(Index::name).toList());

    List<SchemaOp> expandUp = expandContract.expandUpgrade(split);
    List<SchemaOp> contractUp = expandContract.contractUpgrade(split);
    assertEquals(split.expanded(), apply(from, expandUp));
    assertSame(to, apply(split.expanded(), contractUp));
    assertSame(from, apply(split.expanded(), expandContract.expandDowngrade(split)));
    assertSame(split.expanded(), apply(to, expandContract.contractDowngrade(split)));

    // Expand removes nothing; contract removes the old objects.
    assertFalse(expandUp.stream().anyMatch(op -> op instanceof DropColumn
        || op instanceof DropIndex));
    assertEquals(2, expandUp.stream().filter(Backfill.class::isInstance).count());
    assertEquals(List.of("amount", "full_name", "legacy_code"), contractUp.stream()
        .filter(DropColumn.class::isInstance).map(op -> ((DropColumn) op).column()).sorted()
        .toList());
    // NOT NULL on the new columns first (a NULL the previous release wrote stops the contract
    // before anything is lost), then the triggers, then the drops.
    int validated = indexOf(contractUp, op -> op instanceof ValidateConstraint);
    int triggers = indexOf(contractUp, op -> op instanceof ExecuteSql e
        && e.sql().startsWith("DROP TRIGGER"));
    int dropped = indexOf(contractUp, DropColumn.class::isInstance);
    assertTrue(validated >= 0 && validated < triggers && triggers < dropped, contractUp::toString);
    assertEquals(List.of("driftless_sync_account_amount_exact",
        "driftless_sync_account_display_name"), split.syncs().stream().map(ColumnSync::name)
        .toList());
  }

  @Test
  void changesThatBreakNothingStayOneRevision() {
    Schema from = RollingSchemas.before();
    Table account = from.table(RollingSchemas.ACCOUNT).orElseThrow();
    Schema to = from.withTable(account.toBuilder()
            .column(Column.of("note", ColumnType.text()))
            .mapColumns(c -> c.name().equals("amount") ? c.withType(ColumnType.bigint()) : c)
            .index(Index.of("account_note_idx", "note"))
            .build())
        .withTable(Table.builder("public", "audit")
            .column(Column.of("id", ColumnType.bigint()).notNull())
            .primaryKey("audit_pkey", "id").build());
    assertInstanceOf(ExpandContract.Single.class, plan(from, to, RenameHints.none()));
  }

  @Test
  void aNewNotNullColumnWithoutDefaultWaitsForTheContractToBeRequired() {
    Schema from = RollingSchemas.before();
    Table account = from.table(RollingSchemas.ACCOUNT).orElseThrow();
    Schema to = from.withTable(account.toBuilder()
        .column(Column.of("region", ColumnType.varchar(8)).notNull()).build());
    ExpandContract.Split split = assertInstanceOf(ExpandContract.Split.class,
        plan(from, to, RenameHints.none()));
    assertTrue(expandContract.expandUpgrade(split).stream().anyMatch(op ->
        op instanceof AddColumn a && a.column().name().equals("region") && a.column().nullable()));
    assertTrue(expandContract.contractUpgrade(split).stream().anyMatch(op ->
        op instanceof AlterColumn a && a.to().name().equals("region") && !a.to().nullable()));
  }

  @Test
  void changesNoUnionCanServeToBothReleasesAreRefusedWithTheReason() {
    Schema from = RollingSchemas.before().withSequence(Sequence.of("public", "account_seq", 1, 50));
    Table account = from.table(RollingSchemas.ACCOUNT).orElseThrow();

    Schema retyped = from.withTable(account.toBuilder()
        .mapColumns(c -> c.name().equals("full_name") ? c.withType(ColumnType.integer()) : c)
        .build());
    assertRefused(from, retyped, RenameHints.none(), "in place",
        "@RenamedFrom(\"full_name\")");

    Schema renamedTable = from.withoutTable(RollingSchemas.ACCOUNT)
        .withTable(new Table(dev.driftless.schema.QualifiedName.of("public", "client"),
            account.columns(), account.primaryKey(), List.of(), List.of(), List.of(),
            account.indexes(), null));
    assertRefused(from, renamedTable, new RenameHints(Map.of(
        dev.driftless.schema.QualifiedName.of("public", "client"), RollingSchemas.ACCOUNT),
        Map.of()), "renames table", "-Adriftless.deploy=single");

    Schema renamedKey = from.withTable(account.toBuilder()
        .mapColumns(c -> c.name().equals("id") ? new Column("account_id", c.type(), false,
            c.identity(), null) : c)
        .primaryKey("account_pkey", "account_id").build());
    assertRefused(from, renamedKey, new RenameHints(Map.of(),
        Map.of(RollingSchemas.ACCOUNT, Map.of("account_id", "id"))), "primary-key column",
        "several releases");

    Schema resequenced = from.withSequence(Sequence.of("public", "account_seq", 1, 1));
    assertRefused(from, resequenced, RenameHints.none(), "same id", "-Adriftless.deploy=single");
  }

  private void assertRefused(Schema from, Schema to, RenameHints hints, String... words) {
    ExpandContract.Refused refused = assertInstanceOf(ExpandContract.Refused.class,
        plan(from, to, hints));
    String reasons = refused.refusals().toString();
    for (String word : words) {
      assertTrue(reasons.contains(word), reasons);
    }
  }
}
