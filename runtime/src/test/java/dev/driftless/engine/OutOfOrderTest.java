package dev.driftless.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.Driftless;
import dev.driftless.DriftlessConfiguration;
import dev.driftless.MigrateResult;
import dev.driftless.MigrationException;
import dev.driftless.OutOfOrder;
import dev.driftless.testing.LibraryRevisions;
import dev.driftless.testing.RevisionClassPath;
import dev.driftless.testing.SampleSchemas;
import dev.driftless.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A revision put into the middle of a history the database has already moved past: v1 and late
 * are applied, then the code gains {@code inserted} between them (late's parent changed).
 */
class OutOfOrderTest {
  @TempDir Path classes;

  private final DataSource database = TestDatabases.fresh();

  @BeforeEach
  void appliedV1AndLate() {
    configure(LibraryRevisions.V1.class, LibraryRevisions.Late.class).load().migrate();
  }

  private DriftlessConfiguration configure(Class<?>... revisions) {
    return Driftless.configure().dataSource(database)
        .classLoader(RevisionClassPath.of(classes, SampleSchemas.library(), revisions));
  }

  private DriftlessConfiguration withInserted() {
    return configure(LibraryRevisions.V1.class, LibraryRevisions.Inserted.class,
        LibraryRevisions.LateRebased.class);
  }

  @Test
  void aRevisionInsertedBeforeAppliedOnesIsRefusedByName() {
    MigrationException error = assertThrows(MigrationException.class,
        withInserted().load()::migrate);

    assertEquals("inserted", error.revisionId());
    assertTrue(error.getMessage().contains("inserted (" + LibraryRevisions.Inserted.class.getName()
        + ") comes before late, already applied"), error.getMessage());
    assertTrue(error.getMessage().contains("outOfOrder(OutOfOrder.APPLY)"), error.getMessage());
    assertTrue(error.getMessage().contains("--out-of-order"), error.getMessage());
    assertEquals(List.of(), TestDatabases.query(database,
        "SELECT relname FROM pg_class WHERE relname = 'inserted'"), "nothing was run");
  }

  @Test
  void aRevisionInsertedBeforeAppliedOnesIsAppliedWhenAllowed() {
    MigrateResult result = withInserted().outOfOrder(OutOfOrder.APPLY).load().migrate();

    assertEquals(List.of("inserted"),
        result.applied().stream().map(MigrateResult.Applied::id).toList());
  }

  @Test
  void aParallelBranchIsNotOutOfOrder() {
    MigrateResult result = configure(LibraryRevisions.V1.class, LibraryRevisions.Late.class,
        LibraryRevisions.Inserted.class).load().upgrade("heads");

    assertEquals(List.of("inserted"),
        result.applied().stream().map(MigrateResult.Applied::id).toList());
  }
}
