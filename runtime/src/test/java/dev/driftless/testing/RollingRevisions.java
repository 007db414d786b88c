package dev.driftless.testing;

import dev.driftless.annotations.Phase;
import dev.driftless.annotations.Revision;
import dev.driftless.diff.ExpandContract;
import dev.driftless.diff.SchemaDiffer;
import dev.driftless.engine.Migration;
import dev.driftless.ops.Ops;
import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.Schema;

/**
 * The revisions {@code -Adriftless.deploy=rolling} makes of {@link RollingSchemas}: the first
 * release, then the expand and the contract revision of the next.
 */
public final class RollingRevisions {
  private RollingRevisions() {}

  public static ExpandContract.Split split() {
    Schema before = RollingSchemas.before();
    Schema after = RollingSchemas.after();
    return (ExpandContract.Split) new ExpandContract().plan(before, after,
        new SchemaDiffer().diff(before, after, RollingSchemas.renames()));
  }

  @Revision(id = "r1", message = "create account")
  public static final class CreateAccount implements Migration {
    @Override
    public void upgrade(Ops op) {
      new SchemaDiffer().diff(Schema.empty(), RollingSchemas.before()).forEach(op::add);
    }

    @Override
    public void downgrade(Ops op) {
      new SchemaDiffer().diff(RollingSchemas.before(), Schema.empty()).forEach(op::add);
    }
  }

  @Revision(id = "r2", parents = "r1", message = "rename account full_name and amount",
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

  @Revision(id = "r3", parents = "r2", message = "rename account full_name and amount",
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

  /** The release after: one nullable column, an ordinary revision that follows the contract. */
  public static Schema next() {
    return RollingSchemas.after().withTable(RollingSchemas.after().table(RollingSchemas.ACCOUNT)
        .orElseThrow().toBuilder().column(Column.of("note", ColumnType.text())).build());
  }

  @Revision(id = "r4", parents = "r3", message = "add account note")
  public static final class AddNote implements Migration {
    @Override
    public void upgrade(Ops op) {
      new SchemaDiffer().diff(RollingSchemas.after(), next()).forEach(op::add);
    }

    @Override
    public void downgrade(Ops op) {
      new SchemaDiffer().diff(next(), RollingSchemas.after()).forEach(op::add);
    }
  }
}
