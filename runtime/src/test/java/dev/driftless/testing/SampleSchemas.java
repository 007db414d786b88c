package dev.driftless.testing;

import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.Deferrability;
import dev.driftless.schema.EnumType;
import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.Index;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.ReferentialAction;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Sequence;
import dev.driftless.schema.Table;
import java.util.List;

/** Small schemas that together use every object kind the model has. */
public final class SampleSchemas {
  private SampleSchemas() {}

  /** Authors and books, with a foreign key, a unique constraint, an index and a sequence. */
  public static Schema library() {
    Table author = Table.builder("public", "author")
        .column(Column.of("id", ColumnType.bigint()).generatedAsIdentity())
        .column(Column.of("name", ColumnType.varchar(200)).notNull())
        .column(Column.of("born", ColumnType.date()))
        .primaryKey("author_pkey", "id")
        .unique("author_name_key", "name")
        .build();
    Table book = Table.builder("public", "book")
        .column(Column.of("id", ColumnType.bigint()).notNull())
        .column(Column.of("title", ColumnType.varchar(255)).notNull())
        .column(Column.of("author_id", ColumnType.bigint()).notNull())
        .column(Column.of("price", ColumnType.numeric(12, 2)))
        .column(Column.of("published_at", ColumnType.timestampTz(6)))
        .primaryKey("book_pkey", "id")
        .foreignKey(ForeignKey.named("book_author_id_fkey").columns("author_id")
            .references("public", "author", "id"))
        .index(Index.of("book_title_idx", "title"))
        .build();
    return new Schema(List.of(author, book),
        List.of(Sequence.of("public", "book_seq", 1, 50)));
  }

  /**
   * {@link #library()} grown the way a team grows a model over a few weeks, using every object
   * kind the model has: comments, defaults and checks that PostgreSQL rewrites, foreign-key
   * actions and deferrability, partial, expression, descending and GIN indexes, a native enum
 * type, another schema.
   */
  public static Schema libraryLater() {
    Schema library = library();
    Table author = library.table(QualifiedName.of("public", "author"))
        .orElseThrow().toBuilder()
        .column(Column.of("bio", ColumnType.text()).withComment("Short biography, plain text"))
        .mapColumns(c -> c.name().equals("name") ? c.withType(ColumnType.varchar(300)) : c)
        .comment("People who write books")
        .build();
    Table book = library.table(QualifiedName.of("public", "book"))
        .orElseThrow().toBuilder()
        .removeColumn("price")
        .column(Column.of("status", ColumnType.varchar(20)).notNull().defaultValue("'draft'"))
        .column(Column.of("pages", ColumnType.integer()))
        .column(Column.of("created_at", ColumnType.timestampTz(6)).notNull()
            .defaultValue("now()"))
        .check("book_status_check", "status IN ('draft', 'published')")
        .check("book_pages_check", "pages > 0")
        .clearForeignKeys()
        .foreignKey(ForeignKey.named("book_author_id_fkey").columns("author_id")
            .references("public", "author", "id")
            .onDelete(ReferentialAction.CASCADE)
            .deferrable(Deferrability.DEFERRABLE_INITIALLY_DEFERRED))
        .removeIndex("book_title_idx")
        .index(Index.unique("book_title_author_id_idx", "title", "author_id")
            .where("status = 'published'"))
        .index(Index.of("book_lower_title_idx", "(lower(title))"))
        .index(Index.of("book_search_idx", "(to_tsvector('english', title))").using("gin"))
        .index(Index.of("book_created_at_idx", "created_at DESC"))
        .build();
    EnumType shelfKind = EnumType.of("public", "shelf_kind", "wall", "floor");
    Table shelf = Table.builder("public", "shelf")
        .column(Column.of("id", ColumnType.bigint()).generatedAsIdentity())
        .column(Column.of("label", ColumnType.varchar(50)).notNull())
        .column(Column.of("kind", shelfKind.columnType()).notNull()
            .defaultValue("'wall'::shelf_kind"))
        .column(Column.of("favourite_book_id", ColumnType.bigint()))
        .primaryKey("shelf_pkey", "id")
        .foreignKey(ForeignKey.named("shelf_favourite_book_id_fkey").columns("favourite_book_id")
            .references("public", "book", "id").onDelete(ReferentialAction.SET_NULL))
        .build();
    Table oldBook = Table.builder("archive", "old_book")
        .column(Column.of("id", ColumnType.bigint()).notNull())
        .column(Column.of("title", ColumnType.text()).notNull())
        .column(Column.of("retired_on", ColumnType.date()).defaultValue("CURRENT_DATE"))
        .primaryKey("old_book_pkey", "id")
        .build();
    return new Schema(List.of(author, book, shelf, oldBook),
        List.of(Sequence.of("public", "book_seq", 1, 20),
            Sequence.of("public", "shelf_seq", 100, 1)), List.of(), List.of(shelfKind));
  }
}
