package dev.driftless.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import dev.driftless.schema.Deferrability;
import dev.driftless.schema.EnumType;
import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.Identity;
import dev.driftless.schema.Index;
import dev.driftless.schema.PrimaryKey;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.ReferentialAction;
import dev.driftless.schema.Sequence;
import dev.driftless.schema.Table;
import dev.driftless.schema.UniqueConstraint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
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
 * The exact SQL of every op kind and option, one row each (in the style of Alembic's
 * {@code test_op.py}). These pin the rendering: a change to any statement shows up here first.
 * A new op kind without a row fails {@link #everyOpKindHasARow}.
 */
class PostgresDialectOpsTest {
  private static final QualifiedName BOOK = QualifiedName.of("public", "book");
  private static final QualifiedName ORDER = QualifiedName.of("sales", "order");
  private static final QualifiedName MOOD = QualifiedName.of("public", "mood");

  private final Dialect dialect = new PostgresDialect();

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void rendersExactly(String name, SchemaOp op, List<String> sql) {
    assertEquals(sql, dialect.render(op));
  }

  @Test
  void everyOpKindHasARow() {
    Set<String> covered = rows().map(row -> row.get()[1].getClass().getSimpleName())
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> kinds = concreteKinds(SchemaOp.class).stream().map(Class::getSimpleName)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(kinds, covered);
  }

  @Test
  void onlyConcurrentIndexOpsAndBackfillsRunOutsideATransaction() {
    Set<String> outside = rows().filter(row -> ((SchemaOp) row.get()[1]).needsNoTransaction())
        .map(row -> (String) row.get()[0]).collect(Collectors.toCollection(LinkedHashSet::new));
    assertEquals(List.of("create index concurrently", "create unique index concurrently",
        "create index concurrently in another schema", "drop index concurrently", "backfill"),
        List.copyOf(outside));
  }

  /** The records a {@link SchemaOp} can be: its permitted subclasses, through sealed ones. */
  static Set<Class<?>> concreteKinds(Class<?> type) {
    if (!type.isSealed()) {
      return Set.of(type);
    }
    Set<Class<?>> kinds = new LinkedHashSet<>();
    for (Class<?> permitted : type.getPermittedSubclasses()) {
      kinds.addAll(concreteKinds(permitted));
    }
    return kinds;
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        row("create schema", new CreateSchema("sales"),
            "CREATE SCHEMA IF NOT EXISTS \"sales\""),
        row("drop schema", new DropSchema("sales"), "DROP SCHEMA \"sales\""),

        row("create table, one column", new CreateTable(Table.builder("public", "tag")
            .column(Column.of("label", ColumnType.text())).build()), """
            CREATE TABLE "public"."tag" (
                "label" text
            )"""),
        row("create table with everything, in another schema", new CreateTable(richTable()), """
            CREATE TABLE "sales"."order" (
                "id" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL,
                "number" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "status" character varying(20) DEFAULT 'NEW' NOT NULL,
                "customer_id" bigint,
                "placed_at" timestamp(6) with time zone DEFAULT now(),
                "user" text,
                CONSTRAINT "order_pkey" PRIMARY KEY ("id"),
                CONSTRAINT "order_number_key" UNIQUE ("number"),
                CONSTRAINT "order_status_check" CHECK ("status" IN ('NEW', 'PAID')),
                CONSTRAINT "order_customer_id_fkey" FOREIGN KEY ("customer_id") \
            REFERENCES "public"."customer" ("id") ON DELETE SET NULL ON UPDATE CASCADE \
            DEFERRABLE INITIALLY DEFERRED
            )""",
            "CREATE INDEX \"order_placed_idx\" ON \"sales\".\"order\" (\"placed_at\" DESC NULLS"
                + " LAST) WHERE \"status\" <> 'PAID'",
            "CREATE INDEX \"order_status_lower_idx\" ON \"sales\".\"order\" USING hash"
                + " ((lower(status)))",
            "COMMENT ON TABLE \"sales\".\"order\" IS 'Orders, it''s all here'",
            "COMMENT ON COLUMN \"sales\".\"order\".\"status\" IS 'NEW first'",
            "COMMENT ON COLUMN \"sales\".\"order\".\"user\" IS 'who placed it'"),
        row("drop table", new DropTable(BOOK), "DROP TABLE \"public\".\"book\""),
        row("drop table in another schema", new DropTable(ORDER), "DROP TABLE \"sales\".\"order\""),

        row("add column", new AddColumn(BOOK, Column.of("note", ColumnType.text())),
            "ALTER TABLE \"public\".\"book\" ADD COLUMN \"note\" text"),
        row("add column with default, not null and comment", new AddColumn(BOOK,
                Column.of("pages", ColumnType.integer()).notNull().defaultValue("0")
                    .withComment("page count")),
            "ALTER TABLE \"public\".\"book\" ADD COLUMN \"pages\" integer DEFAULT 0 NOT NULL",
            "COMMENT ON COLUMN \"public\".\"book\".\"pages\" IS 'page count'"),
        row("add identity column", new AddColumn(ORDER,
                Column.of("seq", ColumnType.bigint()).withIdentity(Identity.ALWAYS)),
            "ALTER TABLE \"sales\".\"order\" ADD COLUMN \"seq\" bigint GENERATED ALWAYS AS"
                + " IDENTITY NOT NULL"),
        row("drop column", new DropColumn(BOOK, "note"),
            "ALTER TABLE \"public\".\"book\" DROP COLUMN \"note\""),

        row("alter column type and not null", new AlterColumn(BOOK,
                Column.of("title", ColumnType.varchar(10)),
                Column.of("title", ColumnType.text()).notNull()),
            "ALTER TABLE \"public\".\"book\" ALTER COLUMN \"title\" TYPE text USING"
                + " \"title\"::text",
            "ALTER TABLE \"public\".\"book\" ALTER COLUMN \"title\" SET NOT NULL"),
        row("alter column type in another schema", new AlterColumn(ORDER,
                Column.of("status", ColumnType.varchar(20)),
                Column.of("status", ColumnType.varchar(40))),
            "ALTER TABLE \"sales\".\"order\" ALTER COLUMN \"status\" TYPE character varying(40)"
                + " USING \"status\"::character varying(40)"),
        row("alter column: drop default and not null", new AlterColumn(BOOK,
                Column.of("price", ColumnType.numeric(10, 2)).notNull().defaultValue("0"),
                Column.of("price", ColumnType.numeric(10, 2))),
            "ALTER TABLE \"public\".\"book\" ALTER COLUMN \"price\" DROP DEFAULT",
            "ALTER TABLE \"public\".\"book\" ALTER COLUMN \"price\" DROP NOT NULL"),
        row("alter column: set default", new AlterColumn(BOOK,
                Column.of("status", ColumnType.text()),
                Column.of("status", ColumnType.text()).defaultValue("'new'")),
            "ALTER TABLE \"public\".\"book\" ALTER COLUMN \"status\" SET DEFAULT 'new'"),
        row("alter column: add identity", new AlterColumn(BOOK,
                Column.of("id", ColumnType.bigint()).notNull(),
                Column.of("id", ColumnType.bigint()).generatedAsIdentity()),
            "ALTER TABLE \"public\".\"book\" ALTER COLUMN \"id\" ADD GENERATED BY DEFAULT AS"
                + " IDENTITY"),
        row("alter column: change identity", new AlterColumn(BOOK,
                Column.of("id", ColumnType.bigint()).generatedAsIdentity(),
                Column.of("id", ColumnType.bigint()).withIdentity(Identity.ALWAYS)),
            "ALTER TABLE \"public\".\"book\" ALTER COLUMN \"id\" DROP IDENTITY",
            "ALTER TABLE \"public\".\"book\" ALTER COLUMN \"id\" ADD GENERATED ALWAYS AS"
                + " IDENTITY"),
        row("alter column: drop identity", new AlterColumn(BOOK,
                Column.of("id", ColumnType.bigint()).withIdentity(Identity.ALWAYS),
                Column.of("id", ColumnType.bigint()).notNull()),
            "ALTER TABLE \"public\".\"book\" ALTER COLUMN \"id\" DROP IDENTITY"),
        row("alter column: comment", new AlterColumn(BOOK,
                Column.of("title", ColumnType.text()),
                Column.of("title", ColumnType.text()).withComment("it's the title")),
            "COMMENT ON COLUMN \"public\".\"book\".\"title\" IS 'it''s the title'"),
        row("alter column: drop comment", new AlterColumn(BOOK,
                Column.of("title", ColumnType.text()).withComment("old"),
                Column.of("title", ColumnType.text())),
            "COMMENT ON COLUMN \"public\".\"book\".\"title\" IS NULL"),

        row("add primary key", new AddPrimaryKey(BOOK, PrimaryKey.of("book_pkey", "id",
                "edition")),
            "ALTER TABLE \"public\".\"book\" ADD CONSTRAINT \"book_pkey\" PRIMARY KEY (\"id\","
                + " \"edition\")"),
        row("add unique constraint", new AddUniqueConstraint(BOOK,
                UniqueConstraint.of("book_isbn_key", "isbn")),
            "ALTER TABLE \"public\".\"book\" ADD CONSTRAINT \"book_isbn_key\" UNIQUE (\"isbn\")"),
        row("add check constraint", new AddCheckConstraint(BOOK,
                CheckConstraint.of("book_pages_check", "pages > 0")),
            "ALTER TABLE \"public\".\"book\" ADD CONSTRAINT \"book_pages_check\" CHECK"
                + " (pages > 0)"),
        row("add check constraint not valid", new AddCheckConstraint(BOOK,
                CheckConstraint.of("book_pages_check", "pages > 0"), true),
            "ALTER TABLE \"public\".\"book\" ADD CONSTRAINT \"book_pages_check\" CHECK"
                + " (pages > 0) NOT VALID"),
        row("comment on table", new CommentOnTable(BOOK, null, "Books, it's true"),
            "COMMENT ON TABLE \"public\".\"book\" IS 'Books, it''s true'"),
        row("comment on table removed", new CommentOnTable(BOOK, "Books", null),
            "COMMENT ON TABLE \"public\".\"book\" IS NULL"),

        row("add foreign key", new AddForeignKey(BOOK, authorKey()),
            "ALTER TABLE \"public\".\"book\" ADD CONSTRAINT \"book_author_id_fkey\" FOREIGN KEY"
                + " (\"author_id\") REFERENCES \"public\".\"author\" (\"id\")"),
        row("add foreign key not valid", new AddForeignKey(BOOK, authorKey(), true),
            "ALTER TABLE \"public\".\"book\" ADD CONSTRAINT \"book_author_id_fkey\" FOREIGN KEY"
                + " (\"author_id\") REFERENCES \"public\".\"author\" (\"id\") NOT VALID"),
        row("add composite foreign key with actions, in another schema", new AddForeignKey(ORDER,
                ForeignKey.named("order_customer_fkey").columns("customer_id", "region")
                    .references("sales", "customer", "id", "region")
                    .onDelete(ReferentialAction.CASCADE).onUpdate(ReferentialAction.RESTRICT)
                    .deferrable(Deferrability.DEFERRABLE_INITIALLY_IMMEDIATE)),
            "ALTER TABLE \"sales\".\"order\" ADD CONSTRAINT \"order_customer_fkey\" FOREIGN KEY"
                + " (\"customer_id\", \"region\") REFERENCES \"sales\".\"customer\" (\"id\","
                + " \"region\") ON DELETE CASCADE ON UPDATE RESTRICT DEFERRABLE INITIALLY"
                + " IMMEDIATE"),
        row("add deferred foreign key not valid", new AddForeignKey(BOOK, authorKey()
                .onDelete(ReferentialAction.SET_DEFAULT)
                .deferrable(Deferrability.DEFERRABLE_INITIALLY_DEFERRED), true),
            "ALTER TABLE \"public\".\"book\" ADD CONSTRAINT \"book_author_id_fkey\" FOREIGN KEY"
                + " (\"author_id\") REFERENCES \"public\".\"author\" (\"id\") ON DELETE SET"
                + " DEFAULT DEFERRABLE INITIALLY DEFERRED NOT VALID"),
        row("drop constraint", new DropConstraint(BOOK, "book_isbn_key"),
            "ALTER TABLE \"public\".\"book\" DROP CONSTRAINT \"book_isbn_key\""),
        row("validate constraint", new ValidateConstraint(BOOK, "book_pages_check"),
            "ALTER TABLE \"public\".\"book\" VALIDATE CONSTRAINT \"book_pages_check\""),

        row("create index", new CreateIndex(BOOK, Index.of("book_title_idx", "title")),
            "CREATE INDEX \"book_title_idx\" ON \"public\".\"book\" (\"title\")"),
        row("create unique index", new CreateIndex(BOOK,
                Index.unique("book_isbn_idx", "isbn", "edition")),
            "CREATE UNIQUE INDEX \"book_isbn_idx\" ON \"public\".\"book\" (\"isbn\","
                + " \"edition\")"),
        row("create index concurrently", new CreateIndex(BOOK,
                Index.of("book_title_idx", "title"), true),
            "CREATE INDEX CONCURRENTLY \"book_title_idx\" ON \"public\".\"book\" (\"title\")"),
        row("create unique index concurrently", new CreateIndex(BOOK,
                Index.unique("book_isbn_idx", "isbn"), true),
            "CREATE UNIQUE INDEX CONCURRENTLY \"book_isbn_idx\" ON \"public\".\"book\""
                + " (\"isbn\")"),
        row("create partial index", new CreateIndex(BOOK,
                Index.of("book_open_idx", "title").where("published_at IS NULL")),
            "CREATE INDEX \"book_open_idx\" ON \"public\".\"book\" (\"title\") WHERE"
                + " published_at IS NULL"),
        row("create expression index with a method", new CreateIndex(BOOK,
                Index.of("book_search_idx", "(to_tsvector('simple', title))").using("gin")),
            "CREATE INDEX \"book_search_idx\" ON \"public\".\"book\" USING gin"
                + " ((to_tsvector('simple', title)))"),
        row("create index with ordered keys", new CreateIndex(BOOK, Index.of("book_recent_idx",
                "published_at DESC", "title NULLS FIRST", "order ASC NULLS LAST", "say \"hi\"")),
            "CREATE INDEX \"book_recent_idx\" ON \"public\".\"book\" (\"published_at\" DESC,"
                + " \"title\" NULLS FIRST, \"order\" ASC NULLS LAST, \"say \"\"hi\"\"\")"),
        row("create index concurrently in another schema", new CreateIndex(ORDER,
                Index.of("order_placed_idx", "placed_at"), true),
            "CREATE INDEX CONCURRENTLY \"order_placed_idx\" ON \"sales\".\"order\""
                + " (\"placed_at\")"),
        row("drop index", new DropIndex(BOOK, "book_title_idx"),
            "DROP INDEX \"public\".\"book_title_idx\""),
        row("drop index concurrently", new DropIndex(BOOK, "book_title_idx", true),
            "DROP INDEX CONCURRENTLY \"public\".\"book_title_idx\""),
        row("drop index in another schema", new DropIndex(ORDER, "order_placed_idx"),
            "DROP INDEX \"sales\".\"order_placed_idx\""),

        row("bulk insert of no rows", new BulkInsert(BOOK, List.of("id", "title"), List.of())),
        row("bulk insert with literals of every kind", new BulkInsert(
                QualifiedName.of("sales", "status"),
                List.of("code", "label", "rank", "active", "since"),
                List.of(Arrays.asList("NEW", "it's new", 1, true, LocalDate.of(2024, 1, 31)),
                    Arrays.asList("PAID", null, new BigDecimal("2.50"), false, null))),
            """
            INSERT INTO "sales"."status" ("code", "label", "rank", "active", "since") VALUES
                ('NEW', 'it''s new', 1, true, '2024-01-31'),
                ('PAID', NULL, 2.50, false, NULL)"""),

        row("rename table", new RenameTable(BOOK, "volume"),
            "ALTER TABLE \"public\".\"book\" RENAME TO \"volume\""),
        row("rename column", new RenameColumn(BOOK, "title", "name"),
            "ALTER TABLE \"public\".\"book\" RENAME COLUMN \"title\" TO \"name\""),
        row("rename constraint", new RenameConstraint(ORDER, "order_pkey", "orders_pkey"),
            "ALTER TABLE \"sales\".\"order\" RENAME CONSTRAINT \"order_pkey\" TO"
                + " \"orders_pkey\""),
        row("rename index", new RenameIndex(ORDER, "order_placed_idx", "order_placed_at_idx"),
            "ALTER INDEX \"sales\".\"order_placed_idx\" RENAME TO \"order_placed_at_idx\""),

        row("create sequence", new CreateSequence(Sequence.of("public", "book_seq", 1, 50)),
            "CREATE SEQUENCE \"public\".\"book_seq\" START WITH 1 INCREMENT BY 50"),
        row("create descending sequence in another schema",
            new CreateSequence(Sequence.of("sales", "countdown", 100, -1)),
            "CREATE SEQUENCE \"sales\".\"countdown\" START WITH 100 INCREMENT BY -1"),
        row("alter sequence", new AlterSequence(Sequence.of("public", "book_seq", 1, 50),
                Sequence.of("public", "book_seq", 1000, 10)),
            "ALTER SEQUENCE \"public\".\"book_seq\" START WITH 1000 INCREMENT BY 10"),
        row("drop sequence", new DropSequence(QualifiedName.of("public", "book_seq")),
            "DROP SEQUENCE \"public\".\"book_seq\""),

        row("create enum type", new CreateEnumType(EnumType.of("public", "mood", "sad", "ok",
                "it's fine")),
            "CREATE TYPE \"public\".\"mood\" AS ENUM ('sad', 'ok', 'it''s fine')"),
        row("add enum value last", new AddEnumValue(MOOD, "happy", null),
            "ALTER TYPE \"public\".\"mood\" ADD VALUE 'happy'"),
        row("add enum value before another", new AddEnumValue(MOOD, "meh", "ok"),
            "ALTER TYPE \"public\".\"mood\" ADD VALUE 'meh' BEFORE 'ok'"),
        row("recreate enum type with its columns, in another schema", new RecreateEnumType(
                EnumType.of("sales", "mood", "sad", "ok", "happy"),
                EnumType.of("sales", "mood", "happy", "ok"),
                List.of(new RecreateEnumType.Usage(QualifiedName.of("sales", "person"), "mood",
                        "'ok'::sales.mood"),
                    new RecreateEnumType.Usage(QualifiedName.of("public", "diary"), "entry_mood",
                        null))),
            "ALTER TYPE \"sales\".\"mood\" RENAME TO \"mood__driftless_old\"",
            "CREATE TYPE \"sales\".\"mood\" AS ENUM ('happy', 'ok')",
            "ALTER TABLE \"sales\".\"person\" ALTER COLUMN \"mood\" DROP DEFAULT",
            "ALTER TABLE \"sales\".\"person\" ALTER COLUMN \"mood\" TYPE \"sales\".\"mood\" USING"
                + " \"mood\"::text::\"sales\".\"mood\"",
            "ALTER TABLE \"sales\".\"person\" ALTER COLUMN \"mood\" SET DEFAULT 'ok'::sales.mood",
            "ALTER TABLE \"public\".\"diary\" ALTER COLUMN \"entry_mood\" TYPE \"sales\".\"mood\""
                + " USING \"entry_mood\"::text::\"sales\".\"mood\"",
            "DROP TYPE \"sales\".\"mood__driftless_old\""),
        row("recreate enum type no column uses", new RecreateEnumType(
                EnumType.of("public", "mood", "sad", "ok"), EnumType.of("public", "mood", "ok"),
                List.of()),
            "ALTER TYPE \"public\".\"mood\" RENAME TO \"mood__driftless_old\"",
            "CREATE TYPE \"public\".\"mood\" AS ENUM ('ok')",
            "DROP TYPE \"public\".\"mood__driftless_old\""),
        row("drop enum type", new DropEnumType(MOOD), "DROP TYPE \"public\".\"mood\""),

        row("execute", new ExecuteSql("UPDATE book SET title = upper(title)"),
            "UPDATE book SET title = upper(title)"),
        row("execute with parameters", new ExecuteSql(
                "UPDATE book SET title = ?, pages = ?, note = '?' WHERE id = ? AND active = ?",
                List.of("it's", 10, 7L, true)),
            "UPDATE book SET title = 'it''s', pages = 10, note = '?' WHERE id = 7 AND"
                + " active = true"),
        row("execute with a null parameter", new ExecuteSql(
                "DELETE FROM book WHERE note IS NOT DISTINCT FROM ?", Arrays.asList((Object) null)),
            "DELETE FROM book WHERE note IS NOT DISTINCT FROM NULL"),
        row("backfill", new Backfill("UPDATE book SET pages = 0 WHERE id IN (SELECT id FROM book"
                + " WHERE pages IS NULL LIMIT :batch)", 500), """
            DO $driftless$
            DECLARE changed bigint;
            BEGIN
              LOOP
                UPDATE book SET pages = 0 WHERE id IN (SELECT id FROM book WHERE pages IS NULL \
            LIMIT 500);
                GET DIAGNOSTICS changed = ROW_COUNT;
                EXIT WHEN changed = 0;
                COMMIT;
              END LOOP;
            END
            $driftless$"""));
  }

  private static Arguments row(String name, SchemaOp op, String... sql) {
    return Arguments.of(name, op, List.of(sql));
  }

  private static ForeignKey authorKey() {
    return ForeignKey.named("book_author_id_fkey").columns("author_id")
        .references("public", "author", "id");
  }

  /** Identity both ways, defaults, every constraint kind, indexes, comments, a reserved word. */
  private static Table richTable() {
    return Table.builder(ORDER)
        .column(Column.of("id", ColumnType.bigint()).generatedAsIdentity())
        .column(Column.of("number", ColumnType.bigint()).withIdentity(Identity.ALWAYS))
        .column(Column.of("status", ColumnType.varchar(20)).notNull().defaultValue("'NEW'")
            .withComment("NEW first"))
        .column(Column.of("customer_id", ColumnType.bigint()))
        .column(Column.of("placed_at", ColumnType.timestampTz(6)).defaultValue("now()"))
        .column(Column.of("user", ColumnType.text()).withComment("who placed it"))
        .primaryKey("order_pkey", "id")
        .unique("order_number_key", "number")
        .check("order_status_check", "\"status\" IN ('NEW', 'PAID')")
        .foreignKey(ForeignKey.named("order_customer_id_fkey").columns("customer_id")
            .references("public", "customer", "id")
            .onDelete(ReferentialAction.SET_NULL).onUpdate(ReferentialAction.CASCADE)
            .deferrable(Deferrability.DEFERRABLE_INITIALLY_DEFERRED))
        .index(Index.of("order_status_lower_idx", "(lower(status))").using("hash"))
        .index(Index.of("order_placed_idx", "placed_at DESC NULLS LAST")
            .where("\"status\" <> 'PAID'"))
        .comment("Orders, it's all here")
        .build();
  }
}
