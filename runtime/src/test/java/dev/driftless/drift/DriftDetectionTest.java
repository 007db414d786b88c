package dev.driftless.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.driftless.Difference;
import dev.driftless.DriftReport;
import dev.driftless.Driftless;
import dev.driftless.testing.LibraryRevisions;
import dev.driftless.testing.RevisionClassPath;
import dev.driftless.testing.SampleSchemas;
import dev.driftless.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each case changes a freshly migrated database by hand, the way drift happens in real life, and
 * expects exactly the differences it caused: no more (no false drift), no fewer.
 */
public class DriftDetectionTest {
  @TempDir Path classes;

  public static Stream<Arguments> changes() {
    return Stream.of(
        Arguments.of("extra table", "CREATE TABLE audit (id int)",
            List.of("table public.audit")),
        Arguments.of("missing table", "DROP TABLE shelf",
            List.of("table public.shelf", "foreign key shelf_favourite_book_id_fkey on public.shelf")),
        Arguments.of("extra column", "ALTER TABLE book ADD COLUMN isbn text",
            List.of("column public.book.isbn")),
        Arguments.of("missing column", "ALTER TABLE author DROP COLUMN bio",
            List.of("column public.author.bio")),
        Arguments.of("changed type", "ALTER TABLE author ALTER COLUMN name TYPE text",
            List.of("column public.author.name")),
        Arguments.of("changed length", "ALTER TABLE shelf ALTER COLUMN label TYPE varchar(80)",
            List.of("column public.shelf.label")),
        Arguments.of("nullability", "ALTER TABLE book ALTER COLUMN title DROP NOT NULL",
            List.of("column public.book.title")),
        Arguments.of("default", "ALTER TABLE author ALTER COLUMN bio SET DEFAULT 'tbd'",
            List.of("column public.author.bio")),
        Arguments.of("missing index", "DROP INDEX book_title_author_id_idx",
            List.of("index book_title_author_id_idx on public.book")),
        Arguments.of("extra index", "CREATE INDEX author_born_idx ON author (born)",
            List.of("index author_born_idx on public.author")),
        Arguments.of("missing unique constraint",
            "ALTER TABLE author DROP CONSTRAINT author_name_key",
            List.of("unique constraint author_name_key on public.author")),
        Arguments.of("missing foreign key", "ALTER TABLE book DROP CONSTRAINT book_author_id_fkey",
            List.of("foreign key book_author_id_fkey on public.book")),
        Arguments.of("sequence increment", "ALTER SEQUENCE book_seq INCREMENT BY 7",
            List.of("sequence public.book_seq")),
        Arguments.of("extra sequence", "CREATE SEQUENCE stray_seq",
            List.of("sequence public.stray_seq")),
        Arguments.of("changed default", "ALTER TABLE book ALTER COLUMN status SET DEFAULT 'new'",
            List.of("column public.book.status")),
        Arguments.of("missing check constraint", "ALTER TABLE book DROP CONSTRAINT book_pages_check",
            List.of("check constraint book_pages_check on public.book")),
        Arguments.of("changed check constraint", "ALTER TABLE book DROP CONSTRAINT book_pages_check;"
            + " ALTER TABLE book ADD CONSTRAINT book_pages_check CHECK (pages > 1)",
            List.of("check constraint book_pages_check on public.book: definition differs")),
        Arguments.of("extra check constraint",
            "ALTER TABLE shelf ADD CONSTRAINT shelf_label_check CHECK (label <> '')",
            List.of("constraint shelf_label_check on public.shelf")),
        Arguments.of("changed table comment", "COMMENT ON TABLE author IS 'Writers'",
            List.of("comment on table public.author")),
        Arguments.of("removed column comment", "COMMENT ON COLUMN author.bio IS NULL",
            List.of("comment on column public.author.bio")),
        Arguments.of("foreign key action", "ALTER TABLE shelf DROP CONSTRAINT "
            + "shelf_favourite_book_id_fkey; ALTER TABLE shelf ADD CONSTRAINT "
            + "shelf_favourite_book_id_fkey FOREIGN KEY (favourite_book_id) REFERENCES book (id)",
            List.of("foreign key shelf_favourite_book_id_fkey on public.shelf: definition differs")),
        Arguments.of("index predicate", "DROP INDEX book_title_author_id_idx; CREATE UNIQUE INDEX "
            + "book_title_author_id_idx ON book (title, author_id)",
            List.of("index book_title_author_id_idx on public.book: predicate differs")),
        Arguments.of("foreign key into a schema the snapshot does not use",
            "CREATE SCHEMA other; CREATE TABLE other.x (id int PRIMARY KEY); "
                + "ALTER TABLE book ADD COLUMN x_id int REFERENCES other.x (id)",
            List.of("column public.book.x_id", "constraint book_x_id_fkey on public.book")),
        Arguments.of("table in another schema", "DROP TABLE archive.old_book",
            List.of("table archive.old_book")),
        Arguments.of("enum value added", "ALTER TYPE shelf_kind ADD VALUE 'ceiling'",
            List.of("enum type public.shelf_kind")),
        Arguments.of("extra enum type", "CREATE TYPE mood AS ENUM ('calm')",
            List.of("enum type public.mood")),
        Arguments.of("an equivalent spelling is no drift",
            "ALTER TABLE book ALTER COLUMN created_at SET DEFAULT CURRENT_TIMESTAMP",
            List.of()),
        Arguments.of("a logically equal check built differently is reported",
            "ALTER TABLE book DROP CONSTRAINT book_status_check; ALTER TABLE book ADD CONSTRAINT "
                + "book_status_check CHECK (status = 'draft' OR status = 'published')",
            List.of("check constraint book_status_check on public.book: definition differs")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  void reportsExactlyTheChangeMadeByHand(String kind, String sql, List<String> expected) {
    DataSource database = TestDatabases.fresh();
    Driftless driftless = Driftless.configure().dataSource(database)
        .classLoader(RevisionClassPath.of(classes, SampleSchemas.libraryLater(),
            LibraryRevisions.V1.class, LibraryRevisions.V2.class))
        .load();
    driftless.migrate();
    assertEquals(List.of(), driftless.check().differences(), "freshly migrated: no drift");

    TestDatabases.execute(database, sql);

    DriftReport report = driftless.check();
    assertEquals(expected.stream().sorted().toList(),
        report.differences().stream().map(Difference::object).sorted().toList(), report::format);
    report.differences().forEach(d -> assertNotEquals(d.expected(), d.actual(),
        () -> "each side shows what it has, and they differ: " + report.format()));
  }
}
