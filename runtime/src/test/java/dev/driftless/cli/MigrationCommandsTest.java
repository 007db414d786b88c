package dev.driftless.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.testing.LibraryRevisions;
import dev.driftless.testing.RevisionClassPath;
import dev.driftless.testing.RollingRevisions;
import dev.driftless.testing.RollingSchemas;
import dev.driftless.testing.SampleSchemas;
import dev.driftless.testing.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine;

/** The Alembic-style verbs as a person types them, against a real database. */
class MigrationCommandsTest {
  @TempDir Path classes;

  private final DataSource database = TestDatabases.fresh();
  private StringWriter out;
  private StringWriter err;

  @BeforeEach
  void revisions() {
    RevisionClassPath.of(classes, SampleSchemas.libraryLater(),
        LibraryRevisions.V1.class, LibraryRevisions.V2.class);
  }

  private int run(String... verbAndArgs) {
    out = new StringWriter();
    err = new StringWriter();
    List<String> args = new ArrayList<>(List.of(verbAndArgs));
    args.addAll(List.of("--url", ((PGSimpleDataSource) database).getUrl(), "--user", "postgres",
        "--classpath", classes.toString()));
    CommandLine line = DriftlessCommand.commandLine();
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    return line.execute(args.toArray(String[]::new));
  }

  @Test
  void unitsAreListedAndChosenWithUnitEachWithItsOwnVersionTable() {
    RevisionClassPath.unit(classes, "library", SampleSchemas.libraryLater(),
        LibraryRevisions.V1.class, LibraryRevisions.V2.class);

    assertEquals(0, run("units"), err::toString);
    assertEquals("(unnamed)\nlibrary\n", out.toString());

    assertEquals(0, run("upgrade", "--unit", "library"), err::toString);
    assertEquals(List.of("v1", "v2"), TestDatabases.query(database,
        "SELECT revision_id FROM public.driftless_history_library ORDER BY revision_id"));
    assertEquals(DriftlessCommand.OK, run("check", "--unit", "library"), out::toString);
    assertEquals(0, run("history", "--unit", "library"));
    assertTrue(out.toString().startsWith("[x] v1  create library  (applied "), out::toString);

    assertEquals(DriftlessCommand.USAGE, run("current", "--unit", "libary"), "a bad argument");
    assertTrue(err.toString().contains("the units found are: (unnamed), library"),
        err::toString);
  }

  @Test
  void aSessionWithEveryVerb() {
    assertEquals(0, run("upgrade", "+1"), err::toString);
    assertTrue(out.toString().startsWith("Applied v1 (create library):"), out::toString);

    assertEquals(0, run("current"));
    assertEquals("v1 (create library)\n", out.toString());

    assertEquals(0, run("history"));
    String[] lines = out.toString().split("\n");
    assertTrue(lines[0].startsWith("[x] v1  create library  (applied "), lines[0]);
    assertEquals("[ ] v2  grow library  (pending; follows v1; head)", lines[1]);

    assertEquals(0, run("heads"));
    assertEquals("v2\n", out.toString());

    assertEquals(0, run("upgrade"));
    assertTrue(out.toString().startsWith("Applied v2 (grow library):"), out::toString);
    assertEquals(0, run("upgrade"));
    assertEquals("Nothing to apply: 2 revision(s) already applied.\n", out.toString());

    assertEquals(DriftlessCommand.OK, run("check"), out::toString);

    assertEquals(0, run("downgrade", "-1"));
    assertTrue(out.toString().startsWith("Reverted v2 (grow library):"), out::toString);

    assertEquals(0, run("stamp", "head"));
    assertEquals("Stamped head: v1, v2\n", out.toString());
    assertEquals(DriftlessCommand.DRIFT, run("check"), "stamped without running v2: drift");

    assertEquals(0, run("repair", "--accept-checksums"));
    assertEquals("Nothing to repair.\n", out.toString());
  }

  @Test
  void upgradesTenantsAndSaysHowEachWent() {
    TestDatabases.execute(database, "CREATE SCHEMA acme", "CREATE TABLE acme.author (x int)");
    assertEquals(DriftlessCommand.FAILURE, run("upgrade", "v1", "--tenants", "acme,globex,initech",
        "--parallelism", "2"));
    String[] lines = out.toString().split("\n");
    assertTrue(lines[0].startsWith("acme                     FAILED: Revision v1"), lines[0]);
    assertTrue(lines[1].startsWith("globex                   ok: 1 applied in "), lines[1]);
    assertEquals("3 tenant(s): 2 ok, 1 failed", lines[3]);
  }

  @Test
  void upgradeHoldsTheContractRevisionBackAndContractAppliesIt() {
    RevisionClassPath.of(classes, RollingSchemas.after(), RollingRevisions.CreateAccount.class,
        RollingRevisions.Expand.class, RollingRevisions.Contract.class);

    assertEquals(0, run("upgrade"), err::toString);
    assertTrue(out.toString().contains("Applied r2"), out.toString());
    assertTrue(out.toString().contains("Held back r3: contract revision(s)"), out.toString());
    assertEquals(DriftlessCommand.OK, run("check"), out::toString);
    assertEquals(0, run("history"));
    assertTrue(out.toString().contains("[ ] r3  contract: rename account full_name and amount  "
        + "(pending: waits for contract"), out.toString());
    assertTrue(out.toString().contains("[x] r2  expand: "), out.toString());

    assertEquals(0, run("contract"), err::toString);
    assertTrue(out.toString().contains("Applied r3"), out.toString());
    assertEquals(DriftlessCommand.OK, run("check"), out::toString);
    assertEquals(0, run("contract"), err::toString);
    assertEquals("Nothing to contract.\n", out.toString());

    // The offline script of the whole history labels the contract step.
    assertEquals(0, run("sql"), err::toString);
    assertTrue(out.toString().contains("-- Revision r3 (upgrade): rename account full_name and "
        + "amount\n-- CONTRACT step of a rolling deploy"), out.toString());
  }

  @Test
  void sqlNeedsNoDatabase() {
    CommandLine line = DriftlessCommand.commandLine();
    StringWriter script = new StringWriter();
    line.setOut(new PrintWriter(script, true));
    assertEquals(0, line.execute("sql", "--classpath", classes.toString(), "--from", "v1"));
    assertTrue(script.toString().contains("-- Revision v2 (upgrade): grow library\nBEGIN;"),
        script::toString);
    assertTrue(!script.toString().contains("-- Revision v1"), "v1 is already there");
  }

  @Test
  void failuresAndMistakesHaveTheirExitCodes() {
    assertEquals(DriftlessCommand.USAGE, run("repair"), "nothing to repair named");
    assertEquals(DriftlessCommand.FAILURE, run("upgrade", "nope"));
    assertTrue(err.toString().contains("No revision nope"), err::toString);

    CommandLine line = DriftlessCommand.commandLine();
    StringWriter errors = new StringWriter();
    line.setErr(new PrintWriter(errors, true));
    assertEquals(DriftlessCommand.USAGE, line.execute("current", "--classpath",
        classes.toString(), "--url", ""));
    assertTrue(errors.toString().contains("give --url"), errors::toString);
  }

  @Test
  void upgradeAppliesARevisionOutOfOrderOnlyWithTheFlag() {
    RevisionClassPath.of(classes, SampleSchemas.library(), LibraryRevisions.V1.class,
        LibraryRevisions.Late.class);
    assertEquals(0, run("upgrade"), err::toString);
    RevisionClassPath.of(classes, SampleSchemas.library(), LibraryRevisions.V1.class,
        LibraryRevisions.Inserted.class, LibraryRevisions.LateRebased.class);

    assertEquals(DriftlessCommand.FAILURE, run("upgrade"));
    assertTrue(err.toString().contains("inserted"), err::toString);

    assertEquals(0, run("upgrade", "--out-of-order"), err::toString);
    assertTrue(out.toString().contains("Applied inserted"), out::toString);
  }

  @Test
  void aMalformedUrlIsShownWithoutItsPassword() {
    CommandLine line = DriftlessCommand.commandLine();
    StringWriter errors = new StringWriter();
    line.setErr(new PrintWriter(errors, true));

    assertEquals(DriftlessCommand.USAGE, line.execute("current", "--classpath",
        classes.toString(), "--url", "jdbc:postgresql://db:port/app?user=app&password=hunter2"));

    assertTrue(errors.toString().contains(
        "Not a PostgreSQL JDBC URL: jdbc:postgresql://db:port/app?user=app&password=***"),
        errors::toString);
    assertTrue(!errors.toString().contains("hunter2"), errors::toString);
  }

  @Test
  void baselineRefusesADatabaseThatDiffersAndRecordsOneThatMatches() {
    TestDatabases.execute(database, "CREATE TABLE stray (id integer)");
    assertEquals(DriftlessCommand.DRIFT, run("baseline"), err::toString);
    assertTrue(out.toString().contains("Cannot baseline"), out::toString);
    TestDatabases.execute(database, "DROP TABLE stray");

    assertEquals(0, run("upgrade", "head"), err::toString);
    TestDatabases.execute(database, "DROP TABLE driftless_history");
    assertEquals(0, run("baseline"), err::toString);
    assertTrue(out.toString().startsWith("Baselined: the schema matches the snapshot; recorded 2 "
        + "revision(s) as applied: v1, v2"), out::toString);
    assertEquals(0, run("history"));
    assertTrue(out.toString().contains("(baselined "), out::toString);
  }

  @Test
  void everyVerbHasHelp() {
    for (String verb : List.of("upgrade", "downgrade", "stamp", "baseline", "current", "history",
        "heads", "sql", "repair", "check")) {
      CommandLine line = DriftlessCommand.commandLine();
      StringWriter help = new StringWriter();
      line.setOut(new PrintWriter(help, true));
      assertEquals(0, line.execute(verb, "--help"), verb);
      assertTrue(help.toString().startsWith("Usage: driftless " + verb), help::toString);
    }
  }
}
