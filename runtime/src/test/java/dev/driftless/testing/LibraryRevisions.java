package dev.driftless.testing;

import dev.driftless.Driftless;
import dev.driftless.DriftlessConfiguration;
import dev.driftless.annotations.Revision;
import dev.driftless.diff.SchemaDiffer;
import dev.driftless.engine.Migration;
import dev.driftless.ops.Ops;
import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Hand-written revisions for engine tests. Their bodies come from the differ, so together they
 * exercise every operation kind it emits against a real database.
 */
public final class LibraryRevisions {

  /**
   * Driftless for {@code database} with the library at its later version (V1, then V2) on a class
   * path made in {@code classes}: the set-up most engine tests start from. The index lists V2
   * first, so that applying V1 first proves the order comes from the parents, not the index.
   */
  public static DriftlessConfiguration library(DataSource database, Path classes) {
    return Driftless.configure().dataSource(database).classLoader(RevisionClassPath.of(
        classes, SampleSchemas.libraryLater(), V2.class, V1.class));
  }
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

  /** Creates a table, then dawdles inside its transaction: a test kills the JVM meanwhile. */
  @Revision(id = "slow", parents = "v1", message = "slow change")
  public static final class Slow implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.createTable(Table.builder("public", "half")
          .column(Column.of("id", ColumnType.bigint()).notNull())
          .primaryKey("half_pkey", "id")
          .build());
      op.execute("SELECT pg_sleep(" + System.getProperty("driftless.test.sleep", "0") + ")");
      op.addColumn("public", "half", Column.of("note", ColumnType.text()));
    }

    @Override
    public void downgrade(Ops op) {
      op.dropTable("public", "half");
    }
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

  /** Reference data and a parameterized fix-up, in one transaction. */
  @Revision(id = "data", parents = "v1", message = "seed authors")
  public static final class SeedAuthors implements Migration {
    @Override
    public void upgrade(Ops op) {
      List<List<Object>> rows = new ArrayList<>();
      for (int i = 0; i < 2500; i++) {
        rows.add(List.of("author " + i, java.time.LocalDate.of(1900, 1, 1).plusDays(i)));
      }
      rows.add(java.util.Arrays.asList("O'Brien; DROP TABLE book; --", null));
      op.bulkInsert("public", "author", List.of("name", "born"), rows);
      op.execute("UPDATE author SET born = ? WHERE name = ?",
          java.time.LocalDate.of(1950, 5, 17), "O'Brien; DROP TABLE book; --");
    }

    @Override
    public void downgrade(Ops op) {
      op.execute("DELETE FROM author");
    }
  }

  /** Work that must not run in a transaction: an index built concurrently, a batched backfill. */
  @Revision(id = "online", parents = "data", message = "online index and backfill",
      transactional = false)
  public static final class Online implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.createIndexConcurrently("public", "author",
          dev.driftless.schema.Index.of("author_born_idx", "born"));
      op.backfill("UPDATE author SET born = DATE '2000-01-01' WHERE id IN "
          + "(SELECT id FROM author WHERE born < DATE '1901-01-01' LIMIT :batch)", 100);
    }

    @Override
    public void downgrade(Ops op) {
      op.dropIndexConcurrently("public", "author", "author_born_idx");
    }
  }

  /** Asks for CONCURRENTLY inside a transaction: refused before anything runs. */
  @Revision(id = "misdeclared", parents = "v1", message = "concurrent in a transaction")
  public static final class Misdeclared implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.execute("CREATE TABLE never (id int)");
      op.createIndexConcurrently("public", "author",
          dev.driftless.schema.Index.of("author_born_idx", "born"));
    }

    @Override
    public void downgrade(Ops op) {}
  }

  /** Not transactional, and fails after building an index: the index stays, as reported. */
  @Revision(id = "halfway", parents = "v1", message = "fails halfway", transactional = false)
  public static final class Halfway implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.createIndexConcurrently("public", "author",
          dev.driftless.schema.Index.of("author_born_idx", "born"));
      op.execute("ALTER TABLE no_such_table ADD COLUMN x int");
    }

    @Override
    public void downgrade(Ops op) {}
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

  /** Creates a table, then its session is ended under it, inside its transaction. */
  @Revision(id = "cut", parents = "v1", message = "loses its connection")
  public static final class CutOff implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.execute("CREATE TABLE before_cut (id int)");
      op.execute("SELECT pg_terminate_backend(pg_backend_pid())");
    }

    @Override
    public void downgrade(Ops op) {}
  }

  /** The same outside a transaction: the table it created before the cut stays. */
  @Revision(id = "cut-online", parents = "v1", message = "loses its connection, not "
      + "transactional", transactional = false)
  public static final class CutOffOnline implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.execute("CREATE TABLE before_cut (id int)");
      op.execute("SELECT pg_terminate_backend(pg_backend_pid())");
    }

    @Override
    public void downgrade(Ops op) {}
  }

  /** A table a later revision's comment must not be able to drop. */
  @Revision(id = "victim", message = "create victim")
  public static final class Victim implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.execute("CREATE TABLE victim (id int)");
    }

    @Override
    public void downgrade(Ops op) {
      op.execute("DROP TABLE victim");
    }
  }

  /** A {@code @Comment} with a backslash before a quote: text, never SQL. */
  @Revision(id = "backslash", parents = "victim", message = "comment with a backslash")
  public static final class BackslashComment implements Migration {
    /** The comment, exactly as the table must get it. */
    public static final String COMMENT = "it\\'; DROP TABLE victim; --";

    @Override
    public void upgrade(Ops op) {
      op.commentOnTable("public", "victim", null, COMMENT);
    }

    @Override
    public void downgrade(Ops op) {
      op.commentOnTable("public", "victim", COMMENT, null);
    }
  }

  /** A revision applied after v1, before {@link Inserted} was written. */
  @Revision(id = "late", parents = "v1", message = "create late")
  public static final class Late implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.execute("CREATE TABLE late (id int)");
    }

    @Override
    public void downgrade(Ops op) {
      op.execute("DROP TABLE late");
    }
  }

  /** Written later, but put between v1 and late (see {@link LateRebased}). */
  @Revision(id = "inserted", parents = "v1", message = "create inserted")
  public static final class Inserted implements Migration {
    @Override
    public void upgrade(Ops op) {
      op.execute("CREATE TABLE inserted (id int)");
    }

    @Override
    public void downgrade(Ops op) {
      op.execute("DROP TABLE inserted");
    }
  }

  /** {@link Late} with its parent changed to {@link Inserted}: same id, same SQL. */
  @Revision(id = "late", parents = "inserted", message = "create late")
  public static final class LateRebased implements Migration {
    @Override
    public void upgrade(Ops op) {
      new Late().upgrade(op);
    }

    @Override
    public void downgrade(Ops op) {
      new Late().downgrade(op);
    }
  }
}
