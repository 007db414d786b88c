package dev.driftless.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

/**
 * Keeps the harness honest (it runs, both validations pass on our schema) and checks the one
 * property that is not a timing: Driftless's round trips do not grow with the number of tables.
 * The timings themselves are measured by running the harness, never asserted here.
 */
class VerifyBenchmarkTest {

  @Test
  void bothValidationsPassAndOurRoundTripsStayConstant() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      VerifyBenchmark.Result small = VerifyBenchmark.run(postgres, 3, 1);
      VerifyBenchmark.Result larger = VerifyBenchmark.run(postgres, 30, 1);
      assertEquals(small.driftlessRoundTrips(), larger.driftlessRoundTrips(),
          "Driftless reads the catalog in a constant number of queries");
      assertTrue(small.hibernateRoundTrips() > 0, "the counter sees Hibernate's queries too");
    }
  }

  @Test
  void hibernateValidationReallyInspectsColumnsSoTheComparisonIsFair() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      IllegalStateException error = assertThrows(IllegalStateException.class,
          () -> VerifyBenchmark.run(postgres, 3, 1, "ALTER TABLE t00002 DROP COLUMN quantity"));
      assertTrue(error.getMessage().contains("quantity"), error.getMessage());
    }
  }
}
