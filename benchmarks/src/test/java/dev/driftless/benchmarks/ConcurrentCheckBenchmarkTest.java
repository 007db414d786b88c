package dev.driftless.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

/**
 * Keeps the concurrent-check harness honest at a small size: every check of every case runs and
 * finds the database clean. Times are measured, never asserted.
 */
class ConcurrentCheckBenchmarkTest {

  @Test
  void theHarnessRunsOneSharedAndSerializedChecks() throws Exception {
    try (EmbeddedPostgres postgres = ConcurrentCheckBenchmark.start()) {
      ConcurrentCheckBenchmark.Result result = ConcurrentCheckBenchmark.run(postgres, 5, 4, 1);
      assertTrue(result.oneCheck() > 0 && result.shared() > 0 && result.serialized() > 0
          && result.oneFingerprinted() > 0 && result.sharedFingerprinted() > 0);
    }
  }
}
