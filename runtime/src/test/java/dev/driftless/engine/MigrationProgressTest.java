package dev.driftless.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.Driftless;
import dev.driftless.testing.CapturedLog;
import dev.driftless.testing.LibraryRevisions;
import dev.driftless.testing.RevisionClassPath;
import dev.driftless.testing.SampleSchemas;
import dev.driftless.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an operator sees in the log while a migration runs. */
class MigrationProgressTest {
  @TempDir Path classes;

  @Test
  void aMigrationLogsEachRevisionEachBackfillBatchAndASummary() throws Exception {
    Driftless driftless = Driftless.configure().dataSource(TestDatabases.fresh())
        .classLoader(RevisionClassPath.of(classes, SampleSchemas.library(),
            LibraryRevisions.V1.class, LibraryRevisions.SeedAuthors.class,
            LibraryRevisions.Online.class)).load();

    String log = CapturedLog.during(driftless::migrate);

    assertTrue(log.contains("Applying revision v1 (create library): "), log);
    assertTrue(log.contains("Applying revision online (online index and backfill): 2 "
        + "statement(s), not transactional"), log);
    // 365 authors born in 1900, 100 a batch.
    assertTrue(log.contains("Revision online: backfill batch of 100 row(s) in "), log);
    assertTrue(log.contains("(365 row(s) so far)"), log);
    assertTrue(log.matches("(?s).*Upgrade to head done: 3 revision\\(s\\) applied \\(\\d+ "
        + "statement\\(s\\)\\) in \\d+ ms; 0 revision\\(s\\) were applied before.*"), log);

    String again = CapturedLog.during(driftless::migrate);
    assertTrue(again.contains("Upgrade to head: nothing to do (3 revision(s) applied before)"),
        again);
  }
}
