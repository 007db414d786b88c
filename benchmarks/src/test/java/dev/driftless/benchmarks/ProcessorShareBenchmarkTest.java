package dev.driftless.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the processor-share harness honest at a small size; times are never asserted. */
class ProcessorShareBenchmarkTest {

  @Test
  void everyVariantCompilesWarmAndCold(@TempDir Path work) throws Exception {
    List<Path> sources = GeneratedModel.write(work.resolve("src"), 5);
    Path project = work.resolve("project");
    CompileBenchmark.seed(sources, project, work.resolve("seed"));
    ProcessorShareBenchmark.Warm warm =
        ProcessorShareBenchmark.warm(sources, project, work, 0, 1);
    assertTrue(warm.plainWall() > 0 && warm.noOpWall() > 0 && warm.driftlessWall() > 0,
        warm::toString);
    ProcessorShareBenchmark.Cold cold = ProcessorShareBenchmark.cold(sources, project, work, 1);
    assertTrue(cold.plainWall() > 0 && cold.driftlessWall() > 0, cold::toString);
    // The everyday build wrote nothing into the project: no revision, the snapshot unchanged.
    try (var revisions = Files.list(project.resolve("migrations/bench/migrations"))) {
      assertTrue(revisions.count() == 1, "one revision, the seed's");
    }
  }
}
