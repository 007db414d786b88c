package dev.driftless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftlessProcessorTest {
  @TempDir Path project;
  @TempDir Path classes;

  private ProcessorHarness harness() {
    return new ProcessorHarness(project).option("-Adriftless.naming=snake_case");
  }

  @Test
  void aNewModelGeneratesTheExpectedRevisionAndSnapshot() throws IOException {
    ProcessorHarness harness = harness();
    Compilation compilation = harness.compile(Models.author(), Models.book());

    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> revisions = harness.revisionSources();
    assertEquals(List.of("test.migrations.Rb74ef9eec97f_CreateAuthorAnd1More"),
        List.copyOf(revisions.keySet()));
    String revision = revisions.values().iterator().next();
    ProcessorHarness.assertGolden("Rb74ef9eec97f_CreateAuthorAnd1More.java", revision);
    ProcessorHarness.assertGolden("author-book.json", Files.readString(harness.snapshot()));
    // The same source goes through the Filer, so the build that generated it compiles it.
    assertThat(compilation)
        .generatedSourceFile("test.migrations.Rb74ef9eec97f_CreateAuthorAnd1More")
        .contentsAsUtf8String().isEqualTo(revision);
  }

  @Test
  void anUnchangedModelWritesNoFileAtAll() {
    ProcessorHarness harness = harness();
    assertThat(harness.compile(Models.author(), Models.book())).succeeded();
    Map<String, String> before = harness.projectFiles();

    Compilation again = harness.compile(Models.author(), Models.book());

    assertThat(again).succeededWithoutWarnings();
    assertEquals(before, harness.projectFiles());
    assertTrue(again.generatedSourceFiles().isEmpty(), () -> "generated "
        + again.generatedSourceFiles());
  }

  @Test
  void aModelChangeGeneratesARevisionThatFollowsThePreviousOne() {
    ProcessorHarness harness = harness();
    assertThat(harness.compile(Models.author(), Models.book())).succeeded();

    assertThat(harness.compile(Models.authorWithBio(), Models.book())).succeeded();

    Map<String, String> revisions = harness.revisionSources();
    assertEquals(2, revisions.size(), revisions::toString);
    String second = revisions.entrySet().stream()
        .filter(e -> e.getKey().endsWith("_AddAuthorBio")).findFirst().orElseThrow().getValue();
    assertTrue(second.contains("parents = \"b74ef9eec97f\""), second);
    assertTrue(second.contains(
        "op.addColumn(\"public\", \"author\", Column.of(\"bio\", ColumnType.varchar(4000)));"),
        second);
    assertTrue(second.contains("op.dropColumn(\"public\", \"author\", \"bio\");"), second);
  }

  @Test
  void aDroppedColumnIsFlaggedInTheRevisionAndAsAWarningOnTheEntity() {
    ProcessorHarness harness = harness();
    assertThat(harness.compile(Models.author(), Models.book())).succeeded();

    JavaFileObject author = Models.authorWithoutBorn();
    Compilation compilation = harness.compile(author, Models.book());

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("drops column public.author.born")
        .inFile(author).onLineContaining("public class Author");
    String revision = harness.revisionSources().entrySet().stream()
        .filter(e -> e.getKey().contains("DropAuthorBorn")).findFirst().orElseThrow().getValue();
    assertTrue(revision.contains("<b>Review carefully: this revision can lose data"), revision);
    assertTrue(revision.contains("@Destructive(\"drops column public.author.born and the data in it\")"),
        revision);
    assertTrue(revision.contains("op.addColumn(\"public\", \"author\", Column.of(\"born\", "
        + "ColumnType.date()));"), "the downgrade restores the column: " + revision);
  }

  @Test
  void anUnsupportedFieldTypeIsAnErrorOnThatField() {
    ProcessorHarness harness = harness();
    JavaFileObject entity = ProcessorHarness.source("test.model.Gadget",
        "package test.model;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Gadget {",
        "  @Id Long id;",
        "  java.util.Map<String, String> attributes;",
        "}");

    Compilation compilation = harness.compile(entity);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("cannot map the type "
        + "java.util.Map<java.lang.String,java.lang.String> of field 'attributes'")
        .inFile(entity).onLineContaining("attributes;");
    assertThat(compilation).hadErrorContaining("Mark the field @Transient");
    assertEquals(Map.of(), harness.projectFiles(), "an error must not write anything");
  }

  @Test
  void anEntityWithoutIdIsAnErrorOnTheClass() {
    JavaFileObject entity = ProcessorHarness.source("test.model.Note",
        "package test.model;",
        "@jakarta.persistence.Entity",
        "public class Note {",
        "  String text;",
        "}");
    Compilation compilation = harness().compile(entity);
    assertThat(compilation).hadErrorContaining("has no @Id field")
        .inFile(entity).onLineContaining("public class Note");
  }

  @Test
  void entitiesCompiledEarlierAreNotMistakenForDroppedTables() throws IOException {
    ProcessorHarness first = harness();
    Compilation full = first.compile(Models.author(), Models.book());
    assertThat(full).succeeded();
    ProcessorHarness.writeClassOutput(full, classes);
    Map<String, String> before = first.projectFiles();
    List<File> classpath = new ArrayList<>();
    classpath.add(classes.toFile());
    for (String entry : Scenarios.testClassPath()) {
      classpath.add(new File(entry));
    }

    // An IDE recompiles only Book: Author is a compiled class on the class path.
    Compilation partial = harness().classpath(classpath).compile(Models.book());

    assertThat(partial).succeededWithoutWarnings();
    Map<String, String> after = first.projectFiles();
    assertEquals(before, after, "no drop of table author may be generated");
  }

  @Test
  void aSnapshotWithMergeConflictMarkersIsAClearError() throws IOException {
    ProcessorHarness harness = harness();
    assertThat(harness.compile(Models.author())).succeeded();
    String text = Files.readString(harness.snapshot());
    Files.writeString(harness.snapshot(), text.replace("\"tables\": [",
        "\"tables\": [\n<<<<<<< HEAD\n=======\n>>>>>>> feature"));

    Compilation compilation = harness.compile(Models.authorWithBio());

    assertThat(compilation).hadErrorContaining("unresolved git merge conflict");
    assertEquals(1, harness.revisionSources().size(), "no revision from a conflicted snapshot");
  }

  @Test
  void theJpaNamingStrategyFoldsNamesLikePostgres() throws IOException {
    ProcessorHarness harness = new ProcessorHarness(project);
    assertThat(harness.compile(Models.author(), Models.book())).succeeded();
    String snapshot = Files.readString(harness.snapshot());
    assertTrue(snapshot.contains("{\"name\":\"fullname\""), snapshot);
    assertTrue(snapshot.contains("{\"name\":\"author_id\""), snapshot);
    assertTrue(snapshot.contains("{\"schema\":\"public\",\"name\":\"book_seq\""), snapshot);
  }

  @Test
  void anEntityOutsideTheConfiguredPackagesIsAWarning() {
    JavaFileObject stray = ProcessorHarness.source("other.Stray",
        "package other;",
        "@jakarta.persistence.Entity",
        "public class Stray {",
        "  @jakarta.persistence.Id Long id;",
        "}");
    Compilation compilation = harness().compile(Models.author(), stray);
    assertThat(compilation).hadWarningContaining("not part of the schema")
        .inFile(stray).onLineContaining("public class Stray");
  }

  @Test
  void writesTheRevisionIndexAndSnapshotForTheRuntime() {
    ProcessorHarness harness = harness();
    Compilation compilation = harness.compile(Models.author());
    assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT,
        "META-INF/driftless/revisions.idx").contentsAsUtf8String()
        .contains(harness.revisionSources().keySet().iterator().next() + "\n");
    assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT,
        "META-INF/driftless/schema.json").contentsAsUtf8String().contains("\"author\"");
  }

  @Test
  void aRevisionForAHundredsOfEntitiesModelStillCompiles() {
    List<JavaFileObject> entities = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      entities.add(ProcessorHarness.source("test.model.Entity" + i,
          "package test.model;",
          "import jakarta.persistence.*;",
          "@Entity",
          "public class Entity" + i + " {",
          "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
          "  @Column(nullable = false, unique = true) String name;",
          "  String alpha; String beta; String gamma; String delta;",
          "  java.math.BigDecimal amount; java.time.Instant createdAt; int version;",
          "}"));
    }
    ProcessorHarness harness = harness();

    Compilation compilation = harness.compile(entities.toArray(JavaFileObject[]::new));

    assertThat(compilation).succeeded();
    String revision = harness.revisionSources().values().iterator().next();
    assertTrue(revision.contains("UpgradePart2.apply(op);"), "split into parts");
    assertTrue(revision.contains("private static final class UpgradePart1 {"), revision);
  }

  @Test
  void withoutTheSnapshotOptionTheProcessorStaysInert() {
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new DriftlessProcessor()).compile(Models.author());
    assertThat(compilation).succeededWithoutWarnings();
    assertFalse(compilation.generatedFiles().stream()
        .anyMatch(f -> f.getName().contains("driftless")));
  }

  @Test
  void aCheckOptionThatIsNeitherTrueNorFalseIsAnErrorNamingTheUndefinedMavenProperty() {
    ProcessorHarness harness = harness().option("-Adriftless.check=${driftless.check}");

    Compilation compilation = harness.compile(Models.author());

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("-Adriftless.check=${driftless.check} is neither "
        + "true nor false: the Maven property ${driftless.check} is not defined");
    assertEquals(Map.of(), harness.projectFiles(), "check mode must not fall back to writing");
  }
}
