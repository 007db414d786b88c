package dev.driftless.spring.boot.it.ledger;

import dev.driftless.annotations.Phase;
import dev.driftless.annotations.Revision;
import dev.driftless.diff.ExpandContract;
import dev.driftless.diff.RenameHints;
import dev.driftless.diff.SchemaDiffer;
import dev.driftless.engine.Migration;
import dev.driftless.ops.Ops;
import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Table;
import java.util.List;
import java.util.Map;

/**
 * The {@code ledger} schema unit: a table created, then its column {@code memo} renamed to
 * {@code note} for a rolling deploy, as {@code -Adriftless.deploy=rolling} generates it (an
 * expand and a contract revision, built here with the same {@link ExpandContract}). Index and
 * snapshot in {@code src/test/resources/META-INF/driftless/units/ledger/}.
 */
public final class LedgerRevisions {
  private LedgerRevisions() {}

  static Schema before() {
    return schema("memo");
  }

  static Schema after() {
    return schema("note");
  }

  private static Schema schema(String text) {
    return new Schema(List.of(Table.builder("public", "ledger_entry")
        .column(Column.of("id", ColumnType.bigint()).notNull())
        .column(Column.of(text, ColumnType.varchar(100)).notNull())
        .primaryKey("ledger_entry_pkey", "id")
        .build()), List.of());
  }

  static ExpandContract.Split split() {
    RenameHints hints = new RenameHints(Map.of(), Map.of(
        QualifiedName.of("public", "ledger_entry"), Map.of("note", "memo")));
    return (ExpandContract.Split) new ExpandContract().plan(before(), after(),
        new SchemaDiffer().diff(before(), after(), hints));
  }

  @Revision(id = "1ed9e0000001", message = "create ledger_entry")
  public static final class Create implements Migration {
    @Override
    public void upgrade(Ops op) {
      new SchemaDiffer().diff(Schema.empty(), before()).forEach(op::add);
    }

    @Override
    public void downgrade(Ops op) {
      new SchemaDiffer().diff(before(), Schema.empty()).forEach(op::add);
    }
  }

  @Revision(id = "1ed9e0000002", parents = "1ed9e0000001", message = "rename memo to note",
      transactional = false, phase = Phase.EXPAND)
  public static final class Expand implements Migration {
    @Override
    public void upgrade(Ops op) {
      new ExpandContract().expandUpgrade(split()).forEach(op::add);
    }

    @Override
    public void downgrade(Ops op) {
      new ExpandContract().expandDowngrade(split()).forEach(op::add);
    }
  }

  @Revision(id = "1ed9e0000003", parents = "1ed9e0000002", message = "rename memo to note",
      transactional = false, phase = Phase.CONTRACT)
  public static final class Contract implements Migration {
    @Override
    public void upgrade(Ops op) {
      new ExpandContract().contractUpgrade(split()).forEach(op::add);
    }

    @Override
    public void downgrade(Ops op) {
      new ExpandContract().contractDowngrade(split()).forEach(op::add);
    }
  }
}
