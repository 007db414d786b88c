package dev.driftless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Check mode for CI, and two branches that each generated a revision, merged with real git. */
class TeamWorkflowTest {
  @TempDir Path project;

  @Test
  void checkModeFailsTheBuildOnAnUngeneratedChangeAndWritesNothing() {
    ProcessorHarness harness = new ProcessorHarness(project);
    assertThat(harness.compile(Models.author())).succeeded();
    Map<String, String> before = harness.projectFiles();

    Compilation check = new ProcessorHarness(project).option("-Adriftless.check=true")
        .compile(Models.authorWithBio());

    assertThat(check).failed();
    assertThat(check).hadErrorContaining("Check mode (-Adriftless.check=true): the entities "
        + "differ from the snapshot");
    assertThat(check).hadErrorContaining("- add column public.author.bio");
    assertEquals(before, harness.projectFiles());
    assertThat(new ProcessorHarness(project).option("-Adriftless.check=true")
        .compile(Models.author())).succeededWithoutWarnings();
  }

  @Test
  void twoBranchesMergedWithGitGetAMergeRevisionAndTheSnapshotMergesCleanly() throws Exception {
    ProcessorHarness harness = new ProcessorHarness(project);
    git("init", "-q", "-b", "main");
    assertThat(harness.compile(Models.author())).succeeded();
    git("add", "-A");
    git("commit", "-q", "-m", "author");

    git("checkout", "-q", "-b", "bio");
    assertThat(harness.compile(Models.authorWithBio())).succeeded();
    git("add", "-A");
    git("commit", "-q", "-m", "bio");

    git("checkout", "-q", "main");
    assertThat(harness.compile(Models.author(), Models.book())).succeeded();
    git("add", "-A");
    git("commit", "-q", "-m", "book");

    String merge = git("merge", "--no-edit", "bio");
    assertTrue(!merge.contains("CONFLICT"), merge);
    assertEquals(3, harness.revisionSources().size());

    Compilation merged = harness.compile(Models.authorWithBio(), Models.book());

    assertThat(merged).succeeded();
    Map<String, String> revisions = harness.revisionSources();
    assertEquals(4, revisions.size(), revisions::toString);
    String mergeRevision = revisions.entrySet().stream()
        .filter(e -> e.getKey().endsWith("_Merge")).findFirst().orElseThrow().getValue();
    assertTrue(mergeRevision.contains("parents = {\""), mergeRevision);
    assertTrue(mergeRevision.contains("public void upgrade(Ops op) {\n    }"), mergeRevision);
    assertEquals("", git("status", "--porcelain", "--", "schema-snapshots"),
        "the merged snapshot already describes the merged model");

    assertThat(harness.compile(Models.authorWithBio(), Models.book())).succeededWithoutWarnings();
    assertEquals(4, harness.revisionSources().size(), "a single head now: nothing more");
  }

  private String git(String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("git",
        "-c", "user.name=Driftless Test", "-c", "user.email=test@driftless.dev",
        "-c", "commit.gpgsign=false"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(project.toFile())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), () -> "git " + String.join(" ", args) + ":\n" + output);
    return output;
  }
}
