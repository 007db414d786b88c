package dev.driftless.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

/** Keeps the migrate harness honest at a small size; times are measured, never asserted. */
class MigrateBenchmarkTest {

  @Test
  void theHarnessMigratesBothWaysAndTenants() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      assertTrue(MigrateBenchmark.migrate(postgres, 20) > 0);
      assertTrue(MigrateBenchmark.psql(postgres, 20).millis() > 0);
      assertTrue(MigrateBenchmark.tenants(postgres, 5, 2) > 0);
    }
  }
}
