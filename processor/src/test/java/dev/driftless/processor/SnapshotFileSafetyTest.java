package dev.driftless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snapshot file when something went wrong: a build that stopped half-way, a hand-damaged or
 * missing snapshot, a path that is not a file, a read-only file, file modes.
 */
class SnapshotFileSafetyTest {
  @TempDir Path project;

  private ProcessorHarness harness() {
    return new ProcessorHarness(project).option("-Adriftless.naming=snake_case");
  }

  @Test
  void aBuildInterruptedAfterTheRevisionIsFinishedByTheNextBuildInsteadOfASecondRevision()
      throws IOException {
    ProcessorHarness harness = harness();
    assertThat(harness.compile(Models.author())).succeeded();
    String before = Files.readString(harness.snapshot());
    assertThat(harness.compile(Models.authorWithBio())).succeeded();
    Map<String, String> complete = harness.projectFiles();
    // What a build that died between the revision and the snapshot leaves behind.
    Files.writeString(harness.snapshot(), before);

    Compilation next = harness.compile(Models.authorWithBio());

    assertThat(next).succeeded();
    assertThat(next).hadNoteContaining("the build that generated that revision stopped before it "
        + "wrote the snapshot");
    assertEquals(complete, harness.projectFiles(), "the same files as an uninterrupted build");
    assertTrue(next.generatedSourceFiles().isEmpty(), () -> "generated "
        + next.generatedSourceFiles());
  }

  @Test
  void aSnapshotWithAMisspeltKeyIsAnErrorAndNothingIsWritten() throws IOException {
    ProcessorHarness harness = harness();
    assertThat(harness.compile(Models.author())).succeeded();
    Files.writeString(harness.snapshot(), Files.readString(harness.snapshot())
        .replace("\"nullable\":false", "\"nullabel\":false"));
    Map<String, String> before = harness.projectFiles();

    Compilation compilation = harness.compile(Models.author());

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(harness.snapshot() + ": unknown key \"nullabel\" at "
        + "$.tables[0].columns[0].nullabel (line 8)");
    assertEquals(before, harness.projectFiles());
  }

  @Test
  void aMissingSnapshotWithRevisionsPresentIsAnErrorSayingHowToRestoreIt() throws IOException {
    ProcessorHarness harness = harness();
    assertThat(harness.compile(Models.author())).succeeded();
    Files.delete(harness.snapshot());
    Map<String, String> before = harness.projectFiles();

    Compilation compilation = harness.compile(Models.author());

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("The snapshot " + harness.snapshot()
        + " does not exist, but the package test.migrations has 1 revision(s)");
    assertThat(compilation).hadErrorContaining("Restore the snapshot from version control (git "
        + "checkout -- " + harness.snapshot());
    assertEquals(before, harness.projectFiles(), "no revision that creates every table again");
  }

  @Test
  void aSnapshotPathThatIsADirectoryIsAnErrorNamingIt() throws IOException {
    ProcessorHarness harness = harness();
    Files.createDirectories(harness.snapshot());

    Compilation compilation = harness.compile(Models.author());

    assertThat(compilation).hadErrorContaining("Cannot read the snapshot: " + harness.snapshot()
        + " is a directory, not a snapshot file");
  }

  @Test
  void aSnapshotThatIsNotUtf8IsAnErrorNamingIt() throws IOException {
    ProcessorHarness harness = harness();
    assertThat(harness.compile(Models.author())).succeeded();
    byte[] bytes = Files.readAllBytes(harness.snapshot());
    bytes[bytes.length - 3] = (byte) 0xff;
    Files.write(harness.snapshot(), bytes);

    Compilation compilation = harness.compile(Models.author());

    assertThat(compilation).hadErrorContaining("Cannot read the snapshot: " + harness.snapshot()
        + " is not UTF-8 text");
  }

  @Test
  void writtenFilesKeepTheirModeAndNewOnesFollowTheUmask() throws IOException {
    Path probe = Files.createFile(project.resolve("probe"));
    Set<PosixFilePermission> umaskDefault = Files.getPosixFilePermissions(probe);
    Files.delete(probe);
    ProcessorHarness harness = harness();
    assertThat(harness.compile(Models.author())).succeeded();
    assertEquals(umaskDefault, Files.getPosixFilePermissions(harness.snapshot()));
    Path revision = onlyRevision(harness);
    assertEquals(umaskDefault, Files.getPosixFilePermissions(revision));

    Set<PosixFilePermission> groupWritable = PosixFilePermissions.fromString("rw-rw-r--");
    Files.setPosixFilePermissions(harness.snapshot(), groupWritable);
    assertThat(harness.compile(Models.authorWithBio())).succeeded();

    assertTrue(Files.readString(harness.snapshot()).contains("\"bio\""));
    assertEquals(groupWritable, Files.getPosixFilePermissions(harness.snapshot()));
  }

  @Test
  void aReadOnlySnapshotIsAnErrorAndIsNotReplaced() throws IOException {
    ProcessorHarness harness = harness();
    assertThat(harness.compile(Models.author())).succeeded();
    Files.setPosixFilePermissions(harness.snapshot(), PosixFilePermissions.fromString("r--r--r--"));
    String before = Files.readString(harness.snapshot());

    Compilation compilation = harness.compile(Models.authorWithBio());

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(harness.snapshot() + " is read-only, so Driftless "
        + "did not replace it");
    assertEquals(before, Files.readString(harness.snapshot()));
  }

  private static Path onlyRevision(ProcessorHarness harness) throws IOException {
    Path dir = harness.revisionsDir().resolve(ProcessorHarness.REVISIONS_PACKAGE.replace('.', '/'));
    try (var files = Files.list(dir)) {
      List<Path> all = files.toList();
      assertEquals(1, all.size(), all::toString);
      return all.get(0);
    }
  }
}
