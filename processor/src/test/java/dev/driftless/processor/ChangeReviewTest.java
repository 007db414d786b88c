package dev.driftless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void wideningAVarcharIsNotFlagged() {
    ProcessorHarness harness = new ProcessorHarness(project);
    assertThat(harness.compile(event("@Column(length = 20) String title;"))).succeeded();
    Map<String, String> before = harness.revisionSources();

    Compilation widened = harness.compile(event("@Column(length = 40) String title;"));

    assertThat(widened).succeededWithoutWarnings();
    String revision = newest(harness, before);
    assertFalse(revision.contains("@Destructive"), revision);
  }

  @Test
  void aNarrowingIsFlaggedAsOneOnTheField() {
    ProcessorHarness harness = new ProcessorHarness(project);
    assertThat(harness.compile(event("@Column(length = 40) String title;"))).succeeded();
    Map<String, String> before = harness.revisionSources();

    JavaFileObject narrowed = event("@Column(length = 20) String title;");
    Compilation compilation = harness.compile(narrowed);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("changes the type of public.event.title from "
        + "character varying(40) to character varying(20), a narrowing: fails if an existing "
        + "value does not fit").inFile(narrowed).onLineContaining("String title;");
    assertTrue(newest(harness, before).contains("a narrowing"));
  }

  @Test
  void aForeignKeyAddedToAnExistingTableIsFlaggedOnTheReferenceWithItsOnlineForm() {
    ProcessorHarness harness = new ProcessorHarness(project);
    assertThat(harness.compile(customer(), event())).succeeded();

    JavaFileObject referencing = event("@ManyToOne Customer customer;");
    Compilation compilation = harness.compile(customer(), referencing);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("to existing table public.event: checks every "
        + "row while blocking writes").inFile(referencing).onLineContaining("Customer customer;");
    assertThat(compilation).hadWarningContaining("-Adriftless.online=true");
  }

  @Test
  void aCheckAddedWithItsNewColumnIsNotFlagged() {
    ProcessorHarness harness = new ProcessorHarness(project);
    assertThat(harness.compile(event())).succeeded();
    Map<String, String> before = harness.revisionSources();

    Compilation compilation = harness.compile(event(
        "@Enumerated(EnumType.STRING) Status status;",
        "public enum Status { NEW, PAID }"));

    assertThat(compilation).succeededWithoutWarnings();
    String revision = newest(harness, before);
    assertTrue(revision.contains("addCheckConstraint"), revision);
    assertFalse(revision.contains("@Destructive"), revision);
  }

  /** The one revision the last build wrote, which {@code before} does not hold. */
  private static String newest(ProcessorHarness harness, Map<String, String> before) {
    return harness.revisionSources().entrySet().stream()
        .filter(e -> !before.containsKey(e.getKey())).findFirst().orElseThrow().getValue();
  }

  static JavaFileObject customer() {
    return ProcessorHarness.source("test.model.Customer",
        "package test.model;",
        "import jakarta.persistence.*;",
        "@Entity public class Customer {",
        "  @Id Long id;",
        "}");
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
