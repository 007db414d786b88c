package dev.driftless.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

/**
 * Keeps the richer harness honest at a tiny size: the model compiles in two steps (two
 * revisions, as 10,000 tables need), migrates, Driftless and
 * Hibernate both find it valid, and every figure is measured. It asserts no time.
 */
class RichCheckBenchmarkTest {

  @Test
  void theRichModelChecksCleanAndEveryFigureIsMeasured() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      RichCheckBenchmark.Result result = RichCheckBenchmark.run(postgres, 3, 1, false, 2);
      assertEquals(3, result.tables());
      assertTrue(result.check() > 0 && result.validate() > 0 && result.read() > 0
          && result.fast() > 0 && result.recording() > 0);
      assertTrue(result.fastRoundTrips() < result.checkRoundTrips(), result::toString);
      assertTrue(result.server() > 0 && result.bare() > 0);
      assertEquals(7, result.serverByQuery().size(), "six catalog queries and one deparse: "
          + result.serverByQuery().keySet());
    }
  }
}
