package dev.driftless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.driftless.cli.DriftlessCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `driftless undo` and `driftless revision -m` on revisions the processor generated. */
class AuthoringCommandsTest {
  @TempDir Path project;
  @TempDir Path classes;

  private String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = DriftlessCommand.commandLine();
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    int code = line.execute(args);
    assertEquals(0, code, () -> out + "\n" + err);
    return out.toString();
  }


  @Test
  void undoRestoresTheSnapshotAndRevisionStartsAHandWrittenOneOnTheRightParent()
      throws Exception {
    ProcessorHarness harness = new ProcessorHarness(project);
    assertThat(harness.compile(Models.author())).succeeded();
    String first = Files.readString(harness.snapshot());
    Map<String, String> afterFirst = harness.projectFiles();
    Compilation second = harness.compile(Models.authorWithBio());
    assertThat(second).succeeded();
    ProcessorHarness.writeClassOutput(second, classes);

    String undone = run("undo", "--source-dir", harness.revisionsDir().toString(), "--package",
        ProcessorHarness.REVISIONS_PACKAGE, "--snapshot", harness.snapshot().toString(),
        "--classpath", classes.toString());

    assertTrue(undone.startsWith("Deleted "), undone);
    assertEquals(first, Files.readString(harness.snapshot()), "the snapshot is as before");
    assertEquals(afterFirst, harness.projectFiles(), "the project is as after the first build");

    Compilation again = harness.compile(Models.author());
    assertThat(again).succeededWithoutWarnings();
    ProcessorHarness.writeClassOutput(again, classes);
    String head = harness.revisionSources().keySet().iterator().next();
    String headId = head.substring(head.indexOf(".R") + 2, head.indexOf('_'));

    String written = run("revision", "-m", "backfill author bios", "--source-dir",
        harness.revisionsDir().toString(), "--package", ProcessorHarness.REVISIONS_PACKAGE,
        "--classpath", classes.toString());
    assertTrue(written.contains("(follows " + headId + ")"), written);
    String handWritten = harness.revisionSources().entrySet().stream()
        .filter(e -> e.getKey().endsWith("_BackfillAuthorBios")).findFirst().orElseThrow()
        .getValue();
    assertTrue(handWritten.contains("parents = \"" + headId + "\""), handWritten);

    assertThat(harness.compile(Models.authorWithBio())).succeeded();
    String handWrittenId = handWritten.substring(handWritten.indexOf("id = \"") + 6,
        handWritten.indexOf("id = \"") + 18);
    assertTrue(harness.revisionSources().values().stream()
        .anyMatch(s -> s.contains("parents = \"" + handWrittenId + "\"")),
        "the next generated revision follows the hand-written one");
  }
}
