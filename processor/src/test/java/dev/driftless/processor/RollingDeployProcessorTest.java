package dev.driftless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -Adriftless.deploy=rolling}: a breaking change becomes an expand and a contract. */
class RollingDeployProcessorTest {
  @TempDir java.nio.file.Path project;

  private static JavaFileObject author(String... body) {
    return RenameWorkflowTest.author(body);
  }

  private ProcessorHarness harness() {
    return new ProcessorHarness(project).option("-Adriftless.naming=snake_case")
        .option("-Adriftless.deploy=rolling");
  }

  private static final JavaFileObject FIRST = author("@Entity public class Author {",
      "  @Column(nullable = false, length = 100) String fullName;",
      "  @Column(nullable = false) String legacyCode;");

  private List<String> added(Map<String, String> before) {
    return harness().revisionSources().entrySet().stream()
        .filter(e -> !before.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
  }

  @Test
  void aRenameAndADropBecomeAnExpandAndAContractRevision() {
    assertThat(harness().compile(FIRST)).succeeded();
    Map<String, String> before = harness().revisionSources();

    JavaFileObject renamed = author(
        "@ConfirmDrop(columns = \"legacy_code\") @Entity public class Author {",
        "  @RenamedFrom(\"full_name\") @Column(nullable = false, length = 100)"
            + " String displayName;");
    Compilation compilation = harness().compile(renamed);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("Wrote the expand revision");
    // The contract drops data: flagged at compile time, on the entity that lost the column.
    assertThat(compilation).hadWarningContaining("drops column public.author.legacy_code")
        .inFile(renamed).onLineContaining("public class Author");

    List<String> revisions = added(before);
    assertEquals(2, revisions.size(), String.join("\n\n", revisions));
    String expand = revisions.stream().filter(r -> r.contains("phase = Phase.EXPAND"))
        .findFirst().orElseThrow();
    String contract = revisions.stream().filter(r -> r.contains("phase = Phase.CONTRACT"))
        .findFirst().orElseThrow();
    assertTrue(expand.contains("Expand step of a rolling deploy"), expand);
    assertTrue(expand.contains("op.addColumn(\"public\", \"author\", "
        + "Column.of(\"display_name\", ColumnType.varchar(100)));"), expand);
    assertTrue(expand.contains("CREATE TRIGGER \\\"driftless_sync_author_display_name\\\""),
        expand);
    assertTrue(expand.contains("op.backfill("), expand);
    assertFalse(expand.contains("dropColumn(\"public\", \"author\", \"full_name\")")
        && expand.indexOf("dropColumn") < expand.indexOf("public void downgrade"), expand);
    assertFalse(expand.contains("@Destructive"), "the expand loses nothing: " + expand);

    assertTrue(contract.contains("Contract step of a rolling deploy"), contract);
    String contractId = contract.replaceAll("(?s).*id = \"([0-9a-f]+)\".*", "$1");
    String expandId = expand.replaceAll("(?s).*id = \"([0-9a-f]+)\".*", "$1");
    assertTrue(contract.contains("parents = \"" + expandId + "\""), contract);
    assertTrue(contract.contains("DROP TRIGGER \\\"driftless_sync_author_display_name\\\""),
        contract);
    assertTrue(contract.contains("op.dropColumn(\"public\", \"author\", \"full_name\");"),
        contract);
    assertTrue(contract.contains("@Destructive"), contract);
    assertFalse(contractId.equals(expandId));

    Map<String, String> after = harness().projectFiles();
    assertThat(harness().compile(renamed)).succeeded();
    assertEquals(after, harness().projectFiles(), "a rebuild writes nothing new");
  }

  @Test
  void aBuildThatStoppedAfterTheExpandRevisionIsFinishedNotRepeated() throws Exception {
    assertThat(harness().compile(FIRST)).succeeded();
    java.nio.file.Path snapshot = harness().snapshot();
    String firstSnapshot = java.nio.file.Files.readString(snapshot);
    Map<String, String> before = harness().revisionSources();
    JavaFileObject renamed = author(
        "@ConfirmDrop(columns = \"legacy_code\") @Entity public class Author {",
        "  @RenamedFrom(\"full_name\") @Column(nullable = false, length = 100)"
            + " String displayName;");
    assertThat(harness().compile(renamed)).succeeded();
    Map<String, String> finished = harness().projectFiles();

    // As if the build had died after writing the expand revision.
    try (var files = java.nio.file.Files.list(harness().revisionsDir().resolve("test/migrations"))) {
      for (java.nio.file.Path file : files.toList()) {
        if (file.getFileName().toString().contains("_Contract")) {
          java.nio.file.Files.delete(file);
        }
      }
    }
    java.nio.file.Files.writeString(snapshot, firstSnapshot);

    Compilation again = harness().compile(renamed);
    assertThat(again).succeeded();
    assertThat(again).hadNoteContaining("Finishing the rolling-deploy change");
    assertEquals(finished, harness().projectFiles(), "the same two revisions and snapshot");
    assertEquals(2, added(before).size());
  }

  @Test
  void aChangeThatBreaksNothingStaysOneRevision() {
    assertThat(harness().compile(FIRST)).succeeded();
    Map<String, String> before = harness().revisionSources();
    assertThat(harness().compile(author("@Entity public class Author {",
        "  @Column(nullable = false, length = 100) String fullName;",
        "  @Column(nullable = false) String legacyCode;",
        "  String nickname;"))).succeededWithoutWarnings();
    List<String> revisions = added(before);
    assertEquals(1, revisions.size(), String.join("\n\n", revisions));
    assertFalse(revisions.get(0).contains("phase ="), revisions.get(0));
  }

  @Test
  void removalsAloneBecomeOneContractRevision() {
    assertThat(harness().compile(author("@Entity public class Author {",
        "  @Column(nullable = false, length = 100) String fullName;",
        "  String nickname;"))).succeeded();
    Map<String, String> before = harness().revisionSources();
    Compilation compilation = harness().compile(author(
        "@ConfirmDrop(columns = \"nickname\") @Entity public class Author {",
        "  @Column(nullable = false, length = 100) String fullName;"));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("Wrote the contract revision");
    List<String> revisions = added(before);
    assertEquals(1, revisions.size(), String.join("\n\n", revisions));
    String contract = revisions.get(0);
    assertTrue(contract.contains("phase = Phase.CONTRACT"), contract);
    assertTrue(contract.contains("op.dropColumn(\"public\", \"author\", \"nickname\");"),
        contract);
    assertFalse(contract.contains("after the expand step"), contract);
  }

  @Test
  void anInPlaceTypeChangeTheOldReleaseCannotReadIsAnErrorNamingTheFix() {
    assertThat(harness().compile(FIRST)).succeeded();
    Map<String, String> before = harness().projectFiles();
    JavaFileObject retyped = author("@Entity public class Author {",
        "  @Column(nullable = false, length = 100) String fullName;",
        "  @Column(nullable = false) Integer legacyCode;");
    Compilation compilation = harness().compile(retyped);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("Rolling deploy (-Adriftless.deploy=rolling): "
        + "this change changes the type of public.author.legacy_code")
        .inFile(retyped).onLineContaining("Integer legacyCode;");
    assertThat(compilation).hadErrorContaining("@RenamedFrom(\"legacy_code\")");
    assertEquals(before, harness().projectFiles(), "nothing written");
  }

  @Test
  void anUnknownDeployModeIsAnError() {
    Compilation compilation = new ProcessorHarness(project)
        .option("-Adriftless.deploy=blue-green").compile(FIRST);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("-Adriftless.deploy=blue-green is neither "
        + "single nor rolling");
  }
}
