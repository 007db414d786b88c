package dev.driftless.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Keeps the compile harness honest at a small size; times are measured, never asserted. */
class CompileBenchmarkTest {

  @Test
  void everyVariantCompilesTheModel() throws Exception {
    CompileBenchmark.Result result = CompileBenchmark.measure(5, 0, 1);
    assertTrue(result.plain() > 0 && result.driftless() > 0 && result.driftlessFirst() > 0
        && result.hibernate() > 0, result::toString);
  }
}
