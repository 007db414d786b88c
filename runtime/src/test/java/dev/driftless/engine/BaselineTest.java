package dev.driftless.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.BaselineException;
import dev.driftless.Driftless;
import dev.driftless.MigrationException;
import dev.driftless.internal.engine.LoadedRevision;
import dev.driftless.sql.PostgresDialect;
import dev.driftless.testing.LibraryRevisions;
import dev.driftless.testing.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bringing a database made by other means (ddl-auto, Flyway, by hand) under Driftless. */
class BaselineTest {
  @TempDir Path classes;

  private final DataSource database = TestDatabases.fresh();

  /** Builds, by other means than Driftless, what {@code revisions} create. */
  private void buildByHand(Migration... revisions) {
    List<String> sql = new ArrayList<>();
    for (Migration revision : revisions) {
      new LoadedRevision("by-hand", List.of(), "", revision).upgradeOps()
          .forEach(op -> sql.addAll(new PostgresDialect().render(op)));
    }
    TestDatabases.execute(database, sql.toArray(String[]::new));
  }

  private Driftless library() {
    return LibraryRevisions.library(database, classes).load();
  }

  @Test
  void aDatabaseWhoseSchemaIsTheSnapshotsIsBaselinedWithoutRunningAnything() {
    buildByHand(new LibraryRevisions.V1(), new LibraryRevisions.V2());
    Driftless driftless = library();

    assertEquals(List.of("v1", "v2"), driftless.baseline());
    assertTrue(driftless.history().stream()
        .allMatch(s -> s.isApplied() && s.applied().outcome().equals("baselined")));
    assertEquals(List.of(), driftless.migrate().applied(), "nothing left to run");
    assertTrue(driftless.check().isClean());
  }

  @Test
  void aDatabaseThatDiffersIsRefusedWithTheDifferencesAndNothingIsRecorded() {
    buildByHand(new LibraryRevisions.V1()); // v2's changes are missing
    Driftless driftless = library();

    BaselineException refused = assertThrows(BaselineException.class, driftless::baseline);
    assertTrue(!refused.report().isClean());
    assertTrue(refused.getMessage().contains("Two ways forward"), refused.getMessage());
    assertTrue(driftless.history().stream().noneMatch(s -> s.isApplied()),
        "a refused baseline records nothing");
  }

  @Test
  void aDatabaseAlreadyUnderDriftlessIsNotBaselinedAgain() {
    Driftless driftless = library();
    driftless.migrate();
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, driftless::baseline);
    assertTrue(refused.getMessage().contains("already records 2 revision(s)"),
        refused.getMessage());
  }

  @Test
  void migratingADatabaseMadeByOtherMeansSaysToBaselineInstead() {
    buildByHand(new LibraryRevisions.V1(), new LibraryRevisions.V2());
    MigrationException failed = assertThrows(MigrationException.class, library()::migrate);
    assertTrue(failed.getMessage().contains("run baseline"), failed.getMessage());
  }

  @Test
  void baselineOnMigrateAdoptsADatabaseThatHasTheSchemaThenMigratesAsUsual() {
    buildByHand(new LibraryRevisions.V1(), new LibraryRevisions.V2());
    Driftless driftless = LibraryRevisions.library(database, classes).baselineOnMigrate(true)
        .load();

    assertEquals(List.of(), driftless.migrate().applied(), "baselined, nothing run");
    assertTrue(driftless.history().stream()
        .allMatch(s -> s.isApplied() && s.applied().outcome().equals("baselined")));
    assertTrue(driftless.check().isClean());
  }

  @Test
  void baselineOnMigrateMigratesAnEmptyDatabaseAndNeverBaselinesADifferentOne() {
    Driftless empty = LibraryRevisions.library(database, classes).baselineOnMigrate(true).load();
    assertEquals(2, empty.migrate().applied().size(), "an empty database is migrated");
    assertTrue(empty.history().stream()
        .noneMatch(s -> s.applied().outcome().equals("baselined")));

    DataSource other = TestDatabases.fresh();
    TestDatabases.execute(other, new PostgresDialect().render(new LoadedRevision("by-hand",
        List.of(), "", new LibraryRevisions.V1()).upgradeOps().get(0)).toArray(String[]::new));
    Driftless differs = LibraryRevisions.library(other, classes).baselineOnMigrate(true).load();
    MigrationException failed = assertThrows(MigrationException.class, differs::migrate);
    assertTrue(failed.getMessage().contains("run baseline"), failed.getMessage());
    assertTrue(differs.history().stream().noneMatch(s -> s.isApplied()));
  }
}
