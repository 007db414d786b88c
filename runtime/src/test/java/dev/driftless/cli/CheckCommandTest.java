package dev.driftless.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.driftless.Driftless;
import dev.driftless.snapshot.SnapshotCodec;
import dev.driftless.testing.LibraryRevisions;
import dev.driftless.testing.RevisionClassPath;
import dev.driftless.testing.SampleSchemas;
import dev.driftless.testing.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine;

class CheckCommandTest {
  @TempDir Path work;

  private final DataSource database = TestDatabases.fresh();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Path snapshot;

  @BeforeEach
  void migrate() throws Exception {
    LibraryRevisions.library(database, work.resolve("classes")).load().migrate();
    snapshot = work.resolve("app.json");
    Files.writeString(snapshot, new SnapshotCodec().write(SampleSchemas.libraryLater()));
  }

  private int run(String... args) {
    CommandLine line = DriftlessCommand.commandLine();
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    return line.execute(args);
  }

  private String url() {
    return ((PGSimpleDataSource) database).getUrl();
  }

  @Test
  void exitsZeroWhenTheDatabaseMatches() {
    int code = run("check", "--url", url(), "--user", "postgres", "--snapshot", snapshot.toString());
    assertEquals(DriftlessCommand.OK, code, err::toString);
    assertTrue(out.toString().contains("No drift"), out::toString);
  }

  @Test
  void exitsOneOnDriftAndNamesIt() {
    TestDatabases.execute(database, "ALTER TABLE book ADD COLUMN isbn text");
    int code = run("check", "--url", url(), "--user", "postgres", "--snapshot", snapshot.toString());
    assertEquals(DriftlessCommand.DRIFT, code);
    assertTrue(out.toString().contains("column public.book.isbn"), out::toString);
  }

  @Test
  void aCleanCheckRecordsTheCatalogFingerprintUnlessToldNotTo() {
    String comment = "SELECT coalesce(obj_description('driftless_history'::regclass), '')";
    assertEquals(DriftlessCommand.OK, run("check", "--url", url(), "--user", "postgres",
        "--snapshot", snapshot.toString(), "--no-catalog-fingerprint"), err::toString);
    assertEquals(java.util.List.of(""), TestDatabases.query(database, comment));
    assertEquals(DriftlessCommand.OK, run("check", "--url", url(), "--user", "postgres",
        "--snapshot", snapshot.toString()), err::toString);
    assertTrue(TestDatabases.query(database, comment).get(0)
        .startsWith("driftless verified catalog"), () -> TestDatabases.query(database, comment)
        .toString());
  }

  @Test
  void excludedObjectsDoNotCount() {
    TestDatabases.execute(database, "CREATE TABLE spatial_ref_sys (srid int)");
    int code = run("check", "--url", url(), "--user", "postgres", "--snapshot",
        snapshot.toString(), "--exclude", "public.spatial_ref_sys");
    assertEquals(DriftlessCommand.OK, code, out::toString);
  }

  @Test
  void printsJsonForTools() throws Exception {
    TestDatabases.execute(database, "DROP INDEX book_created_at_idx");
    int code = run("check", "--url", url(), "--user", "postgres", "--snapshot",
        snapshot.toString(), "--format", "json");
    assertEquals(DriftlessCommand.DRIFT, code);
    var json = new ObjectMapper().readTree(out.toString());
    assertEquals("index book_created_at_idx on public.book",
        json.get("differences").get(0).get("object").asText());
  }

  @Test
  void exitsThreeWhenItCannotCheckAndSaysWhy() {
    int code = run("check", "--url", url(), "--user", "postgres", "--snapshot",
        work.resolve("missing.json").toString());
    assertEquals(DriftlessCommand.FAILURE, code);
    assertTrue(err.toString().contains("no snapshot file at"), err::toString);
  }

  @Test
  void exitsTwoOnBadArgumentsAndHelpsWithEveryVerb() {
    assertEquals(DriftlessCommand.USAGE, run("check", "--format", "xml", "--url", "x"));
    assertEquals(DriftlessCommand.OK, run("check", "--help"));
    assertTrue(out.toString().contains("Exit codes: 0 no drift, 1 drift"), out::toString);
  }
}
