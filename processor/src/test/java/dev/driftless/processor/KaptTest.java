package dev.driftless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under kapt (Kotlin), the processor runs on Java stubs before anything is compiled, and the
 * sources it generates through the Filer are compiled afterwards together with the source roots,
 * which by then hold the revision the processor wrote into the revisions directory: the same
 * class twice ("duplicate class" on the first build). kapt tells processors it is there with the
 * {@code kapt.kotlin.generated} option it always passes.
 */
class KaptTest {
  @TempDir Path project;
  @TempDir Path kaptKotlin;

  @Test
  void underKaptTheRevisionGoesIntoTheSourceTreeOnlyNotAlsoThroughTheFiler() {
    ProcessorHarness harness = new ProcessorHarness(project)
        .option("-Adriftless.naming=snake_case")
        .option("-Akapt.kotlin.generated=" + kaptKotlin);

    Compilation compilation = harness.compile(Models.author(), Models.book());

    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> revisions = harness.revisionSources();
    assertEquals(List.of("test.migrations.Rb74ef9eec97f_CreateAuthorAnd1More"),
        List.copyOf(revisions.keySet()));
    assertTrue(compilation.generatedSourceFiles().isEmpty(),
        () -> "generated " + compilation.generatedSourceFiles());
    // The index still names the revision: the compilation after kapt compiles its source.
    String index = compilation.generatedFiles().stream()
        .filter(file -> file.toUri().getPath().endsWith("META-INF/driftless/revisions.idx"))
        .findFirst().map(file -> {
          try {
            return file.getCharContent(true).toString();
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }).orElseThrow();
    assertTrue(index.contains("test.migrations.Rb74ef9eec97f_CreateAuthorAnd1More"), index);
  }
}
