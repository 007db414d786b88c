package dev.driftless.internal.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.driftless.diff.SchemaDiffer;
import dev.driftless.ops.AddCheckConstraint;
import dev.driftless.ops.AddColumn;
import dev.driftless.ops.AddEnumValue;
import dev.driftless.ops.AddForeignKey;
import dev.driftless.ops.AddPrimaryKey;
import dev.driftless.ops.AddUniqueConstraint;
import dev.driftless.ops.AlterColumn;
import dev.driftless.ops.AlterSequence;
import dev.driftless.ops.Backfill;
import dev.driftless.ops.BulkInsert;
import dev.driftless.ops.CommentOnTable;
import dev.driftless.ops.CreateEnumType;
import dev.driftless.ops.CreateIndex;
import dev.driftless.ops.CreateSchema;
import dev.driftless.ops.CreateSequence;
import dev.driftless.ops.CreateTable;
import dev.driftless.ops.DropColumn;
import dev.driftless.ops.DropConstraint;
import dev.driftless.ops.DropEnumType;
import dev.driftless.ops.DropIndex;
import dev.driftless.ops.DropSchema;
import dev.driftless.ops.DropSequence;
import dev.driftless.ops.DropTable;
import dev.driftless.ops.ExecuteSql;
import dev.driftless.ops.RecreateEnumType;
import dev.driftless.ops.RenameColumn;
import dev.driftless.ops.RenameConstraint;
import dev.driftless.ops.RenameIndex;
import dev.driftless.ops.RenameTable;
import dev.driftless.ops.SchemaOp;
import dev.driftless.ops.ValidateConstraint;
import dev.driftless.schema.CheckConstraint;
import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.EnumType;
import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.Index;
import dev.driftless.schema.PrimaryKey;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Sequence;
import dev.driftless.schema.Table;
import dev.driftless.schema.UniqueConstraint;
import dev.driftless.sql.Dialect;
import dev.driftless.sql.PostgresDialect;
import dev.driftless.testing.OpKinds;
import dev.driftless.Difference;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the drift report says for each op kind: the object, what the snapshot has and what the
 * database has. The SQL itself is the dialect's, pinned in {@code PostgresDialectOpsTest}.
 */
class DifferenceDescriberTest {
  private static final QualifiedName BOOK = QualifiedName.of("public", "book");
  private static final QualifiedName MOOD = QualifiedName.of("public", "mood");
  private static final Sequence BOOK_SEQ = Sequence.of("public", "book_seq", 1, 50);

  private final Dialect dialect = new PostgresDialect();
  private final DifferenceDescriber describer = new DifferenceDescriber(dialect);

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void describes(SchemaOp op, String object, String expected, String actual) {
    assertEquals(new Difference(object, expected, actual, String.join(";\n", dialect.render(op))),
        describer.describe(op));
  }

  @Test
  void joinsTheStatementsOfOneOp() {
    assertEquals("ALTER TABLE \"public\".\"book\" ADD COLUMN \"pages\" integer;\n"
        + "COMMENT ON COLUMN \"public\".\"book\".\"pages\" IS 'count'",
        describer.describe(new AddColumn(BOOK, Column.of("pages", ColumnType.integer())
            .withComment("count"))).reconcileSql());
  }

  @Test
  void anIndexWhosePredicateAloneDiffersIsOneDifferenceShowingBothPredicates() {
    Schema live = bookWith(Index.of("book_title_idx", "title").where("pages > 0"), null);
    Schema snapshot = bookWith(Index.of("book_title_idx", "title").where("pages > 10"), null);

    List<Difference> differences = describeAll(live, snapshot);

    assertEquals(List.of(new Difference("index book_title_idx on public.book: predicate differs",
        "WHERE pages > 10", "WHERE pages > 0",
        "DROP INDEX \"public\".\"book_title_idx\";\n"
            + "CREATE INDEX \"book_title_idx\" ON \"public\".\"book\" (\"title\") "
            + "WHERE pages > 10")), differences);
  }

  @Test
  void anIndexThatLostItsPredicateSaysSo() {
    Schema live = bookWith(Index.unique("book_title_idx", "title"), null);
    Schema snapshot = bookWith(Index.of("book_title_idx", "title").where("pages > 10"), null);

    Difference only = describeAll(live, snapshot).get(0);

    assertEquals("index book_title_idx on public.book: uniqueness and predicate differ",
        only.object());
    assertEquals("not unique, WHERE pages > 10", only.expected());
    assertEquals("unique, no predicate", only.actual());
  }

  @Test
  void aColumnWhoseCommentAloneDiffersShowsTheTwoComments() {
    Schema live = bookWith(Index.of("book_title_idx", "title"), "Title as printed");
    Schema snapshot = bookWith(Index.of("book_title_idx", "title"), "Title");

    assertEquals(List.of(new Difference("comment on column public.book.title", "'Title'",
        "'Title as printed'", "COMMENT ON COLUMN \"public\".\"book\".\"title\" IS 'Title'")),
        describeAll(live, snapshot));
  }

  @Test
  void aConstraintWithAnotherDefinitionIsOneDifferenceShowingBoth() {
    Schema live = bookWith(Index.of("book_title_idx", "title"), null);
    Schema snapshot = new Schema(List.of(live.table(BOOK).orElseThrow().toBuilder()
        .replaceCheck(CheckConstraint.of("book_pages_check", "pages > 1")).build()), List.of());

    assertEquals(List.of(new Difference(
        "check constraint book_pages_check on public.book: definition differs",
        "CHECK (pages > 1)", "CHECK (pages > 0)",
        "ALTER TABLE \"public\".\"book\" DROP CONSTRAINT \"book_pages_check\";\n"
            + "ALTER TABLE \"public\".\"book\" ADD CONSTRAINT \"book_pages_check\" "
            + "CHECK (pages > 1)")), describeAll(live, snapshot));
  }

  private List<Difference> describeAll(Schema live, Schema snapshot) {
    return new DifferenceDescriber(dialect, live, snapshot)
        .describeAll(new SchemaDiffer().diff(live, snapshot));
  }

  private static Schema bookWith(Index index, String titleComment) {
    return new Schema(List.of(Table.builder(BOOK)
        .column(Column.of("title", ColumnType.text()).withComment(titleComment))
        .column(Column.of("pages", ColumnType.integer()))
        .check("book_pages_check", "pages > 0")
        .index(index)
        .build()), List.of());
  }

  @Test
  void everyOpKindHasARow() {
    Set<String> covered = rows().map(row -> row.get()[0].getClass().getSimpleName())
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(OpKinds.all(), covered);
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of(new CreateSchema("sales"), "schema sales", "present", "missing"),
        Arguments.of(new DropSchema("sales"), "schema sales", "absent", "present"),
        Arguments.of(new CreateTable(Table.builder("public", "tag")
                .column(Column.of("label", ColumnType.text())).build()),
            "table public.tag", "present", "missing"),
        Arguments.of(new DropTable(BOOK), "table public.book", "absent", "present"),
        Arguments.of(new AddColumn(BOOK, Column.of("pages", ColumnType.integer()).notNull()
                .defaultValue("0")),
            "column public.book.pages", "\"pages\" integer DEFAULT 0 NOT NULL", "missing"),
        Arguments.of(new DropColumn(BOOK, "note"), "column public.book.note", "absent",
            "present"),
        Arguments.of(new AlterColumn(BOOK, Column.of("title", ColumnType.varchar(10)),
                Column.of("title", ColumnType.text()).notNull()),
            "column public.book.title", "\"title\" text NOT NULL",
            "\"title\" character varying(10)"),
        Arguments.of(new AddPrimaryKey(BOOK, PrimaryKey.of("book_pkey", "id", "edition")),
            "primary key book_pkey on public.book", "PRIMARY KEY [id, edition]", "missing"),
        Arguments.of(new AddUniqueConstraint(BOOK, UniqueConstraint.of("book_isbn_key", "isbn")),
            "unique constraint book_isbn_key on public.book", "UNIQUE [isbn]", "missing"),
        Arguments.of(new AddCheckConstraint(BOOK, CheckConstraint.of("book_pages_check",
                "pages > 0"), true),
            "check constraint book_pages_check on public.book", "CHECK (pages > 0)", "missing"),
        Arguments.of(new CommentOnTable(BOOK, null, "Books"), "comment on table public.book",
            "'Books'", "no comment"),
        Arguments.of(new CommentOnTable(BOOK, "Books", null), "comment on table public.book",
            "no comment", "'Books'"),
        Arguments.of(new AddForeignKey(BOOK, ForeignKey.named("book_author_id_fkey")
                .columns("author_id").references("public", "author", "id")),
            "foreign key book_author_id_fkey on public.book",
            "[author_id] REFERENCES public.author[id]", "missing"),
        Arguments.of(new DropConstraint(BOOK, "book_isbn_key"),
            "constraint book_isbn_key on public.book", "absent", "present"),
        Arguments.of(new ValidateConstraint(BOOK, "book_pages_check"),
            "validate constraint book_pages_check on public.book", "", ""),
        Arguments.of(new CreateIndex(BOOK, Index.of("book_title_idx", "title")),
            "index book_title_idx on public.book",
            "CREATE INDEX \"book_title_idx\" ON \"public\".\"book\" (\"title\")", "missing"),
        Arguments.of(new DropIndex(BOOK, "book_title_idx", true),
            "index book_title_idx on public.book", "absent", "present"),
        Arguments.of(new BulkInsert(BOOK, List.of("id", "title"), List.of(List.of(1, "x"))),
            "insert 1 row(s) into public.book", "", ""),
        Arguments.of(new RenameTable(BOOK, "volume"), "table public.book", "named volume",
            "named book"),
        Arguments.of(new RenameColumn(BOOK, "title", "name"), "column public.book.title",
            "named name", "named title"),
        Arguments.of(new RenameConstraint(BOOK, "book_pkey", "volume_pkey"),
            "constraint book_pkey on public.book", "named volume_pkey", "named book_pkey"),
        Arguments.of(new RenameIndex(BOOK, "book_title_idx", "volume_title_idx"),
            "index book_title_idx on public.book", "named volume_title_idx",
            "named book_title_idx"),
        Arguments.of(new CreateSequence(BOOK_SEQ), "sequence public.book_seq",
            "START WITH 1 INCREMENT BY 50", "missing"),
        Arguments.of(new AlterSequence(BOOK_SEQ, Sequence.of("public", "book_seq", 1000, 10)),
            "sequence public.book_seq", "START WITH 1000 INCREMENT BY 10",
            "START WITH 1 INCREMENT BY 50"),
        Arguments.of(new DropSequence(BOOK_SEQ.name()), "sequence public.book_seq", "absent",
            "present"),
        Arguments.of(new CreateEnumType(EnumType.of("public", "mood", "sad", "ok")),
            "enum type public.mood", "values [sad, ok]", "missing"),
        Arguments.of(new AddEnumValue(MOOD, "happy", "ok"), "enum type public.mood",
            "has value 'happy'", "lacks it"),
        Arguments.of(new RecreateEnumType(EnumType.of("public", "mood", "sad", "ok"),
                EnumType.of("public", "mood", "ok"), List.of()),
            "enum type public.mood", "values [ok]", "values [sad, ok]"),
        Arguments.of(new DropEnumType(MOOD), "enum type public.mood", "absent", "present"),
        Arguments.of(new ExecuteSql("UPDATE book SET title = upper(title)"),
            "execute UPDATE book SET title = upper(title)", "", ""),
        Arguments.of(new Backfill("UPDATE book SET pages = 0 WHERE id IN (SELECT id FROM book"
                + " WHERE pages IS NULL LIMIT :batch)", 500),
            "backfill in batches of 500", "", ""));
  }
}
