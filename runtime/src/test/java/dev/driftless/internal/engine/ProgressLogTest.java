package dev.driftless.internal.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.engine.Migration;
import dev.driftless.ops.Ops;
import dev.driftless.testing.CapturedLog;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The slow-statement line, with a threshold a test can cross without waiting seconds. */
class ProgressLogTest {

  @Test
  void aSlowStatementIsLoggedWithItsTimeAndAFastOneIsNot() throws Exception {
    ProgressLog progress = new ProgressLog(Duration.ofMillis(50));
    String log = CapturedLog.during(() -> {
      ProgressLog.Revision revision = progress.start(revision(), true, 2);
      revision.statement("CREATE INDEX fast_idx ON t (a)", Duration.ofMillis(3).toNanos());
      revision.statement("UPDATE   big\n  SET a = 1", Duration.ofMillis(1234).toNanos());
    });

    assertTrue(log.contains("Applying revision r1 (add index): 2 statement(s)"), log);
    assertTrue(log.contains("Revision r1: statement took 1234 ms: UPDATE big SET a = 1"), log);
    assertFalse(log.contains("fast_idx"), log);
  }

  private static LoadedRevision revision() {
    return new LoadedRevision("r1", List.of(), "add index", new Migration() {
      @Override
      public void upgrade(Ops op) {}

      @Override
      public void downgrade(Ops op) {}
    });
  }
}
