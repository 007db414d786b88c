package dev.driftless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a model change tells its reviewer: nothing destructive by surprise, and nothing harmless
 * flagged. Each test builds a first model, changes it, and reads the second build's revision and
 * warnings.
 */
class ChangeReviewTest {
  @TempDir Path project;

  @Test
  void respellingADefaultAsAnEquivalentWritesNoRevision() {
    ProcessorHarness harness = new ProcessorHarness(project);
    assertThat(harness.compile(event("@org.hibernate.annotations.ColumnDefault(\"now()\") "
        + "java.time.Instant at;"))).succeeded();
    Map<String, String> before = harness.projectFiles();

    Compilation again = harness.compile(event(
        "@org.hibernate.annotations.ColumnDefault(\"CURRENT_TIMESTAMP\") java.time.Instant at;"));

    assertThat(again).succeededWithoutWarnings();
    assertEquals(before, harness.projectFiles(), "now() and CURRENT_TIMESTAMP are one default");
  }

  static JavaFileObject event(String... fields) {
    return ProcessorHarness.source("test.model.Event",
        "package test.model;",
        "import jakarta.persistence.*;",
        "@Entity public class Event {",
        "  @Id Long id;",
        "  " + String.join("\n  ", fields),
        "}");
  }
}
