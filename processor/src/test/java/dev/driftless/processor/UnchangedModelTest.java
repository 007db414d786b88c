package dev.driftless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The everyday build, whose snapshot holds exactly the model's text and which therefore neither
 * parses nor diffs, and the builds next to it that must not take that shortcut: a snapshot that
 * says the same in another layout, and a model that changed.
 */
class UnchangedModelTest {
  private static final String SCHEMA_RESOURCE = "META-INF/driftless/schema.json";
  private static final String INDEX_RESOURCE = "META-INF/driftless/revisions.idx";

  @TempDir Path project;

  private ProcessorHarness harness() {
    return new ProcessorHarness(project).option("-Adriftless.naming=snake_case");
  }

  @Test
  void anUnchangedModelWritesNothingAndTheSameClassPathResources() throws IOException {
    ProcessorHarness harness = harness();
    Compilation first = harness.compile(Models.author());
    assertThat(first).succeeded();
    Map<String, String> before = harness.projectFiles();

    Compilation again = harness.compile(Models.author());

    assertThat(again).succeeded();
    assertEquals(before, harness.projectFiles(), "no revision, the snapshot untouched");
    assertTrue(again.generatedSourceFiles().isEmpty(), () -> "generated "
        + again.generatedSourceFiles());
    assertEquals(resource(first, SCHEMA_RESOURCE), resource(again, SCHEMA_RESOURCE));
    assertEquals(resource(first, INDEX_RESOURCE), resource(again, INDEX_RESOURCE));
    assertEquals(Files.readString(harness.snapshot()), resource(again, SCHEMA_RESOURCE));
  }

  @Test
  void aSnapshotInAnotherLayoutIsParsedAndFoundUnchanged() throws IOException {
    ProcessorHarness harness = harness();
    Compilation first = harness.compile(Models.author());
    assertThat(first).succeeded();
    // The same schema as other text (as a hand edit or a formatter leaves it): the text
    // comparison fails, so the build parses and diffs, and finds nothing to do.
    String canonical = Files.readString(harness.snapshot());
    String reformatted = canonical.replace("\n", "\n  ").replace("\":", "\" : ");
    assertNotEquals(canonical, reformatted);
    Files.writeString(harness.snapshot(), reformatted);
    Map<String, String> before = harness.projectFiles();

    Compilation again = harness.compile(Models.author());

    assertThat(again).succeeded();
    assertEquals(before, harness.projectFiles(), "no revision, the snapshot left as it is");
    assertTrue(again.generatedSourceFiles().isEmpty(), () -> "generated "
        + again.generatedSourceFiles());
    assertEquals(resource(first, SCHEMA_RESOURCE), resource(again, SCHEMA_RESOURCE),
        "the class path gets the model's own text");
  }

  @Test
  void aChangedModelAfterAnUnchangedBuildStillGetsItsRevision() throws IOException {
    ProcessorHarness harness = harness();
    assertThat(harness.compile(Models.author())).succeeded();
    assertThat(harness.compile(Models.author())).succeeded();
    int revisions = harness.revisionSources().size();

    Compilation changed = harness.compile(Models.authorWithBio());

    assertThat(changed).succeeded();
    assertEquals(revisions + 1, harness.revisionSources().size());
    assertTrue(Files.readString(harness.snapshot()).contains("\"bio\""));
    assertEquals(Files.readString(harness.snapshot()), resource(changed, SCHEMA_RESOURCE));
  }

  @Test
  void aChangedModelInCheckModeStillFails() {
    ProcessorHarness harness = harness();
    assertThat(harness.compile(Models.author())).succeeded();
    Map<String, String> before = harness.projectFiles();

    Compilation check = harness.option("-Adriftless.check=true").compile(Models.authorWithBio());

    assertThat(check).failed();
    assertThat(check).hadErrorContaining("the entities differ from the snapshot");
    assertEquals(before, harness.projectFiles());
  }

  private static String resource(Compilation compilation, String path) {
    JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path)
        .orElseThrow(() -> new AssertionError("no " + path));
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
