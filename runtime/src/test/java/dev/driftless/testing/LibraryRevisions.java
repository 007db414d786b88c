package dev.driftless.testing;

import dev.driftless.annotations.Revision;
import dev.driftless.diff.SchemaDiffer;
import dev.driftless.engine.Migration;
import dev.driftless.ops.Ops;
import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Table;

/**
 * Hand-written revisions for engine tests. Their bodies come from the differ, so together they
 * exercise every operation kind it emits against a real database.
 */
public final class LibraryRevisions {
  private LibraryRevisions() {}

  private static void record(Ops op, Schema from, Schema to) {
    new SchemaDiffer().diff(from, to).forEach(op::add);
  }

  /** Empty to {@link SampleSchemas#library()}. */
  @Revision(id = "v1", message = "create library")
  public static final class V1 implements Migration {
    @Override
    public void upgrade(Ops op) {
      record(op, Schema.empty(), SampleSchemas.library());
    }

    @Override
    public void downgrade(Ops op) {
      record(op, SampleSchemas.library(), Schema.empty());
    }
  }

  /** {@link SampleSchemas#library()} to {@link SampleSchemas#libraryLater()}. */
  @Revision(id = "v2", parents = "v1", message = "grow library")
  public static final class V2 implements Migration {
    @Override
    public void upgrade(Ops op) {
      record(op, SampleSchemas.library(), SampleSchemas.libraryLater());
    }

    @Override
    public void downgrade(Ops op) {
      record(op, SampleSchemas.libraryLater(), SampleSchemas.library());
    }
  }

  /** Reads the author table under a short lock_timeout of its own; changes nothing. */
  @Revision(id = "v3", parents = "v2", message = "touch author", lockTimeout = "150ms")
  public static final class V3 implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.execute("SELECT count(*) FROM author");
    }

    @Override
    public void downgrade(Ops op) {}
  }

  /** A revision whose code a test edits after it was applied. */
  @Revision(id = "edited", parents = "v1", message = "an edited revision")
  public static final class Edited implements Migration {
    /** What the revision creates; a test changes it to simulate an edit. */
    public static volatile String table = "edited_a";

    @Override
    public void upgrade(Ops op) {
      op.execute("CREATE TABLE " + table + " (id int)");
    }

    @Override
    public void downgrade(Ops op) {
      op.execute("DROP TABLE " + table);
    }
  }

  /** Creates a table, then fails: nothing of it may remain. */
  @Revision(id = "broken", parents = "v1", message = "half a change")
  public static final class Broken implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.createTable(Table.builder("public", "half")
          .column(Column.of("id", ColumnType.bigint()).notNull())
          .primaryKey("half_pkey", "id")
          .build());
      op.addColumn("public", "no_such_table", Column.of("x", ColumnType.text()));
    }

    @Override
    public void downgrade(Ops op) {
      op.dropTable("public", "half");
    }
  }
}
