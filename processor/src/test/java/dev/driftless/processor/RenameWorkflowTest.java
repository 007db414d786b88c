package dev.driftless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renames never guessed, never losing data. */
class RenameWorkflowTest {
  @TempDir java.nio.file.Path project;

  /** Entity {@code test.model.Author}: {@code body}, then an identity id. */
  static JavaFileObject author(String... body) {
    String[] lines = new String[body.length + 5];
    lines[0] = "package test.model;";
    lines[1] = "import jakarta.persistence.*;";
    lines[2] = "import dev.driftless.annotations.*;";
    System.arraycopy(body, 0, lines, 3, body.length);
    lines[body.length + 3] = "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;";
    lines[body.length + 4] = "}";
    return ProcessorHarness.source("test.model.Author", lines);
  }

  private ProcessorHarness harness() {
    return new ProcessorHarness(project).option("-Adriftless.naming=snake_case");
  }

  private String newest(Map<String, String> before) {
    return harness().revisionSources().entrySet().stream()
        .filter(e -> !before.containsKey(e.getKey())).findFirst().orElseThrow().getValue();
  }

  @Test
  void renamedFromOnAFieldRenamesTheColumnAndIsInertAfterwards() {
    assertThat(harness().compile(author("@Entity public class Author {",
        "  @Column(nullable = false) String fullName;"))).succeeded();
    Map<String, String> before = harness().revisionSources();

    JavaFileObject renamed = author("@Entity public class Author {",
        "  @RenamedFrom(\"full_name\") @Column(nullable = false) String displayName;");
    Compilation renaming = harness().compile(renamed);
    assertThat(renaming).succeeded();
    // the rows survive, but the release still running reads full_name: flagged on the field
    assertThat(renaming).hadWarningContaining("renames column public.author.full_name to "
        + "display_name").inFile(renamed).onLineContaining("String displayName;");

    String revision = newest(before);
    assertTrue(revision.contains(
        "op.renameColumn(\"public\", \"author\", \"full_name\", \"display_name\");"), revision);
    assertTrue(revision.contains(
        "op.renameColumn(\"public\", \"author\", \"display_name\", \"full_name\");"), revision);
    assertFalse(revision.contains("dropColumn"), revision);
    Map<String, String> after = harness().projectFiles();
    assertThat(harness().compile(renamed)).succeededWithoutWarnings();
    assertEquals(after, harness().projectFiles(), "the hint is inert once in the snapshot");
  }

  @Test
  void renamedFromOnAnEntityRenamesTheTableAndItsKeys() {
    assertThat(harness().compile(author("@Entity public class Author {",
        "  @Column(unique = true) String email;"))).succeeded();
    Map<String, String> before = harness().revisionSources();

    JavaFileObject writer = ProcessorHarness.source("test.model.Writer",
        "package test.model;",
        "import jakarta.persistence.*;",
        "@dev.driftless.annotations.RenamedFrom(\"author\")",
        "@Entity public class Writer {",
        "  @Column(unique = true) String email;",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
        "}");
    Compilation renaming = harness().compile(writer);
    assertThat(renaming).succeeded();
    assertThat(renaming).hadWarningContaining("renames table public.author to writer")
        .inFile(writer).onLineContaining("public class Writer");

    String revision = newest(before);
    assertTrue(revision.contains("op.renameTable(\"public\", \"author\", \"writer\");"), revision);
    assertTrue(revision.contains(
        "op.renameConstraint(\"public\", \"writer\", \"author_pkey\", \"writer_pkey\");"),
        revision);
    assertTrue(revision.contains("\"author_email_key\", \"writer_email_key\""), revision);
    assertFalse(revision.contains("dropTable"), revision);
  }

  @Test
  void aPossibleRenameWithoutAHintIsAnErrorOfferingBothFixes() {
    assertThat(harness().compile(author("@Entity public class Author {",
        "  String nickname;"))).succeeded();
    Map<String, String> before = harness().projectFiles();

    JavaFileObject changed = author("@Entity public class Author {", "  String alias;");
    Compilation compilation = harness().compile(changed);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("Column 'alias' is new in public.author and "
        + "column 'nickname' (also character varying(255)) is dropped: is it a rename?")
        .inFile(changed).onLineContaining("String alias;");
    assertThat(compilation).hadErrorContaining("add @RenamedFrom(\"nickname\") to this field");
    assertThat(compilation).hadErrorContaining("add @ConfirmDrop(columns = \"nickname\") to "
        + "Author");
    assertEquals(before, harness().projectFiles(), "nothing written");
  }

  @Test
  void aConfirmedDropIsGeneratedAndFlaggedAsDestructive() {
    assertThat(harness().compile(author("@Entity public class Author {",
        "  String nickname;"))).succeeded();
    Map<String, String> before = harness().revisionSources();

    Compilation compilation = harness().compile(author(
        "@ConfirmDrop(columns = \"nickname\") @Entity public class Author {", "  String alias;"));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("drops column public.author.nickname");
    String revision = newest(before);
    assertTrue(revision.contains("op.dropColumn(\"public\", \"author\", \"nickname\");"),
        revision);
    assertTrue(revision.contains("@Destructive("), revision);
  }

  private static JavaFileObject writer(String annotations) {
    return ProcessorHarness.source("test.model.Writer",
        "package test.model;",
        "import jakarta.persistence.*;",
        "import dev.driftless.annotations.*;",
        annotations + " @Entity public class Writer {",
        "  @Column(unique = true) String email;",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
        "}");
  }

  @Test
  void aTableThatMayBeARenamedOneIsAnErrorOnTheEntityOfferingBothFixes() {
    assertThat(harness().compile(author("@Entity public class Author {",
        "  @Column(unique = true) String email;"))).succeeded();
    Map<String, String> before = harness().projectFiles();

    JavaFileObject writer = writer("");
    Compilation compilation = harness().compile(writer);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("Table public.writer is new and table "
        + "public.author (with most of the same columns) is dropped: is it a rename?")
        .inFile(writer).onLineContaining("public class Writer");
    assertThat(compilation).hadErrorContaining("add @RenamedFrom(\"author\") to this entity");
    assertThat(compilation).hadErrorContaining("add @ConfirmDrop(tables = \"author\") to this "
        + "entity");
    assertEquals(before, harness().projectFiles(), "nothing written");
  }

  @Test
  void aConfirmedTableDropIsGeneratedAndAnUnrelatedTableNeedsNoConfirmation() {
    assertThat(harness().compile(author("@Entity public class Author {",
        "  @Column(unique = true) String email;"))).succeeded();
    Map<String, String> before = harness().revisionSources();

    Compilation compilation = harness().compile(writer("@ConfirmDrop(tables = \"author\")"));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("drops table public.author");
    assertTrue(newest(before).contains("op.dropTable(\"public\", \"author\");"));

    Compilation unrelated = harness().compile(ProcessorHarness.source("test.model.Invoice",
        "package test.model;",
        "import jakarta.persistence.*;",
        "@Entity public class Invoice {",
        "  @Id Long number;",
        "  java.math.BigDecimal total;",
        "  java.time.LocalDate issued;",
        "}"));
    assertThat(unrelated).succeeded();
  }
}
