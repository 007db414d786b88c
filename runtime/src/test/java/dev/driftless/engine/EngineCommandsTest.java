package dev.driftless.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.DriftReport;
import dev.driftless.Driftless;
import dev.driftless.DriftlessConfiguration;
import dev.driftless.MigrateResult;
import dev.driftless.MigrationException;
import dev.driftless.RepairAction;
import dev.driftless.RevisionStatus;
import dev.driftless.internal.drift.DriftCheck;
import dev.driftless.internal.engine.LoadedRevision;
import dev.driftless.internal.engine.MigrationLock;
import dev.driftless.internal.engine.VersionTable;
import dev.driftless.schema.Schema;
import dev.driftless.sql.PostgresDialect;
import dev.driftless.testing.LibraryRevisions;
import dev.driftless.testing.RevisionClassPath;
import dev.driftless.testing.SampleSchemas;
import dev.driftless.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Targets, stamp, history, validation, repair, timeouts and offline SQL on real PostgreSQL. */
class EngineCommandsTest {
  @TempDir Path classes;

  private final DataSource database = TestDatabases.fresh();

  @AfterEach
  void resetEditedRevision() {
    LibraryRevisions.Edited.table = "edited_a";
  }

  private DriftlessConfiguration configure(Schema snapshot, Class<?>... revisions) {
    return Driftless.configure().dataSource(database)
        .classLoader(RevisionClassPath.of(classes, snapshot, revisions));
  }

  private Driftless library() {
    return LibraryRevisions.library(database, classes).load();
  }

  private DriftReport checkAgainst(Schema schema) {
    return new DriftCheck(schema, VersionTable.DEFAULT_NAME, new PostgresDialect())
        .check(database);
  }

  @Test
  void upgradesStepByStepAndToANamedRevision() throws SQLException {
    Driftless driftless = library();
    assertEquals(List.of("v1"), ids(driftless.upgrade("+1")));
    assertTrue(checkAgainst(SampleSchemas.library()).isClean());
    assertEquals(List.of("v2"), ids(driftless.upgrade("v2")));
    assertEquals(List.of(), ids(driftless.upgrade("head")));
    assertEquals(List.of("v1", "v2"), query("SELECT revision_id FROM driftless_history "
        + "ORDER BY revision_id"));
  }

  @Test
  void anAmbiguousPrefixOrUnknownTargetIsAClearError() {
    MigrationException ambiguous =
        assertThrows(MigrationException.class, () -> library().upgrade("v"));
    assertTrue(ambiguous.getMessage().contains("ambiguous: [v1, v2]"), ambiguous.getMessage());
    MigrationException unknown =
        assertThrows(MigrationException.class, () -> library().upgrade("nope"));
    assertTrue(unknown.getMessage().contains("No revision nope"), unknown.getMessage());
  }

  @Test
  void downgradesRestoreEachEarlierSchemaExactly() throws SQLException {
    Driftless driftless = library();
    driftless.migrate();

    assertEquals(List.of("v2"), ids(driftless.downgrade("-1")));
    assertTrue(checkAgainst(SampleSchemas.library()).isClean(),
        () -> checkAgainst(SampleSchemas.library()).format());
    assertEquals(List.of("v1"), query("SELECT revision_id FROM driftless_history"));

    driftless.upgrade("head");
    assertEquals(List.of("v2", "v1"), ids(driftless.downgrade("base")));
    assertTrue(checkAgainst(Schema.empty()).isClean(), () -> checkAgainst(Schema.empty()).format());
    assertEquals(List.of(), query("SELECT revision_id FROM driftless_history"));
  }

  @Test
  void stampRecordsADatabaseBuiltByOtherMeansWithoutRunningAnything() throws SQLException {
    List<String> sql = new ArrayList<>();
    new LoadedRevision("v1", List.of(), "", new LibraryRevisions.V1()).upgradeOps()
        .forEach(op -> sql.addAll(new PostgresDialect().render(op)));
    TestDatabases.execute(database, sql.toArray(String[]::new));

    Driftless driftless = library();
    assertEquals(List.of("v1"), driftless.stamp("v1"));
    assertEquals("stamped", driftless.history().get(0).applied().outcome());
    assertEquals(List.of("v2"), ids(driftless.migrate()), "only v2 runs after the stamp");
    assertTrue(driftless.check().isClean());
    assertEquals(List.of(), driftless.stamp("base"));
    assertEquals(List.of(), query("SELECT revision_id FROM driftless_history"));
  }

  @Test
  void historyTellsWhatIsAppliedAndWhatIsHead() {
    Driftless driftless = library();
    driftless.upgrade("+1");
    List<RevisionStatus> history = driftless.history();
    assertEquals(List.of("v1", "v2"), history.stream().map(s -> s.revision().id()).toList());
    assertTrue(history.get(0).isApplied());
    assertFalse(history.get(1).isApplied());
    assertTrue(history.get(1).head());
    assertEquals("postgres", history.get(0).applied().appliedBy());
    assertEquals("applied", history.get(0).applied().outcome());
  }

  @Test
  void anEditedRevisionIsCaughtBeforeAnythingRunsAndRepairAcceptsIt() throws SQLException {
    Driftless driftless = configure(SampleSchemas.library(),
        LibraryRevisions.V1.class, LibraryRevisions.Edited.class, LibraryRevisions.V2.class)
        .load();
    driftless.upgrade("edited");
    LibraryRevisions.Edited.table = "edited_b";

    // "edited" and v2 both follow v1: two branches, so the target is "heads".
    MigrationException error =
        assertThrows(MigrationException.class, () -> driftless.upgrade("heads"));
    assertTrue(error.getMessage().contains("Revision edited (" + LibraryRevisions.Edited.class
        .getName() + ") changed after it was applied"), error.getMessage());
    assertTrue(error.getMessage().contains("nothing was run"), error.getMessage());
    assertEquals(List.of("edited", "v1"), query("SELECT revision_id FROM driftless_history "
        + "ORDER BY revision_id"), "v2 was not applied");

    assertThrows(IllegalArgumentException.class, () -> driftless.repair(), "nothing named");
    assertEquals(List.of("accepted the new checksum of edited"),
        driftless.repair(RepairAction.ACCEPT_CHECKSUMS));
    assertEquals(List.of("v2"), ids(driftless.upgrade("heads")));
  }

  @Test
  void anAppliedRevisionMissingFromTheCodeIsCaughtAndRepairForgetsIt() {
    library().migrate();
    Driftless onlyV1 = configure(SampleSchemas.library(), LibraryRevisions.V1.class).load();

    MigrationException error = assertThrows(MigrationException.class, onlyV1::migrate);
    assertTrue(error.getMessage().contains("Revision v2 is recorded as applied"),
        error.getMessage());
    assertTrue(error.getMessage().contains("repair --forget-missing"), error.getMessage());

    assertEquals(List.of("forgot v2 (no longer on the class path)"),
        onlyV1.repair(RepairAction.FORGET_MISSING));
    assertEquals(List.of(), ids(onlyV1.migrate()));
  }

  @Test
  void waitingForAnotherMigratorEndsWithTheHoldersName() throws Exception {
    try (Connection other = database.getConnection();
        MigrationLock held = MigrationLock.acquire(other, VersionTable.DEFAULT_NAME)) {
      int pid = pid(other);
      Driftless impatient = configure(SampleSchemas.libraryLater(),
          LibraryRevisions.V1.class, LibraryRevisions.V2.class)
          .migrationLockWait(Duration.ofMillis(500)).load();
      MigrationException error = assertThrows(MigrationException.class, impatient::migrate);
      assertTrue(error.getMessage().contains("held by backend pid " + pid), error.getMessage());
      assertTrue(error.getMessage().contains("pg_terminate_backend"), error.getMessage());
    }
  }

  @Test
  void aRevisionThatWaitsTooLongForATableLockFailsWithAHint() throws Exception {
    Driftless driftless = configure(SampleSchemas.libraryLater(), LibraryRevisions.V1.class,
        LibraryRevisions.V2.class, LibraryRevisions.V3.class).load();
    driftless.upgrade("v2");
    MigrationException error = migrateWhileAuthorIsLocked(driftless);
    assertEquals("v3", error.revisionId());
    assertTrue(error.getMessage().contains("longer than lock_timeout"), error.getMessage());
    assertEquals(List.of("v3"), ids(driftless.migrate()), "succeeds once the table is free");
  }

  @Test
  void theConfiguredTimeoutsApplyToRevisionsWithoutTheirOwn() throws Exception {
    Driftless driftless = configure(SampleSchemas.library(), LibraryRevisions.V1.class,
        LibraryRevisions.SeedAuthors.class).lockTimeout(Duration.ofMillis(150)).load();
    driftless.upgrade("v1");
    assertEquals("data", migrateWhileAuthorIsLocked(driftless).revisionId());

    System.setProperty("driftless.test.sleep", "5");
    try {
      Driftless impatient = configure(SampleSchemas.library(), LibraryRevisions.V1.class,
          LibraryRevisions.Slow.class).statementTimeout(Duration.ofMillis(200)).load();
      MigrationException error = assertThrows(MigrationException.class, impatient::migrate);
      assertEquals("57014", error.sqlState(), error.getMessage());
      assertEquals("slow", error.revisionId());
    } finally {
      System.clearProperty("driftless.test.sleep");
    }
  }

  @Test
  void theOfflineScriptBuildsAndTearsDownTheSchemaWhenRunAsIs() throws SQLException {
    Driftless driftless = configure(SampleSchemas.libraryLater(), LibraryRevisions.V1.class,
        LibraryRevisions.V2.class, LibraryRevisions.V3.class).load();

    String up = driftless.upgradeScript("base", "head");
    assertTrue(up.contains("-- Revision v1 (upgrade): create library\nBEGIN;\n"), up);
    assertTrue(up.contains("SET LOCAL lock_timeout = '150ms';"), up);
    assertTrue(up.contains("INSERT INTO \"public\".\"driftless_history\""), up);
    TestDatabases.execute(database, up);
    assertTrue(driftless.check().isClean(), () -> driftless.check().format());
    assertEquals(List.of(), ids(driftless.migrate()), "the script recorded every revision");

    String down = driftless.downgradeScript("head", "base");
    TestDatabases.execute(database, down);
    assertTrue(checkAgainst(Schema.empty()).isClean());
    assertEquals(List.of(), query("SELECT revision_id FROM driftless_history"));
  }

  private static List<String> ids(MigrateResult result) {
    return result.applied().stream().map(MigrateResult.Applied::id).toList();
  }

  private static int pid(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
      row.next();
      return row.getInt(1);
    }
  }

  private List<String> query(String sql) {
    return TestDatabases.query(database, sql);
  }

  /**
   * Migrates while another session holds an exclusive lock on {@code author}: the migration must
   * give up with SQLSTATE 55P03 after its 150ms lock_timeout, not wait for the lock.
   */
  private MigrationException migrateWhileAuthorIsLocked(Driftless driftless) throws Exception {
    try (Connection blocker = database.getConnection()) {
      blocker.setAutoCommit(false);
      try (Statement lock = blocker.createStatement()) {
        lock.execute("LOCK TABLE author IN ACCESS EXCLUSIVE MODE");
      }
      long started = System.nanoTime();
      MigrationException error = assertThrows(MigrationException.class, driftless::migrate);
      long millis = (System.nanoTime() - started) / 1_000_000;
      assertEquals("55P03", error.sqlState(), error.getMessage());
      assertTrue(millis < 5_000, "gave up after the 150ms lock_timeout, not later: " + millis);
      blocker.rollback();
      return error;
    }
  }
}
