package dev.driftless.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code javac} process with the processor, compiling into {@code project/out}, which is
 * also on the class path, as {@code mvn compile} and IDE builds do: classes of earlier builds are
 * seen.
 *
 * @param exitCode javac's exit code
 * @param output what it printed, diagnostics included
 */
record JavacProcess(int exitCode, String output) {

  static JavacProcess run(Path project, List<Path> sources, List<String> options)
      throws IOException, InterruptedException {
    return run(project, sources, options, List.of());
  }

  /** {@code dependencies}: class directories of other modules, on the class path only. */
  static JavacProcess run(Path project, List<Path> sources, List<String> options,
      List<Path> dependencies) throws IOException, InterruptedException {
    List<String> entries = new ArrayList<>(List.of(project.resolve("out").toString()));
    dependencies.forEach(d -> entries.add(d.toString()));
    entries.addAll(Scenarios.testClassPath());
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
        "--release", "17",
        "-d", project.resolve("out").toString(),
        "-s", project.resolve("generated").toString(),
        "-classpath", String.join(File.pathSeparator, entries),
        "-processorpath", String.join(File.pathSeparator, Scenarios.testClassPath())));
    command.addAll(options);
    sources.forEach(source -> command.add(source.toString()));
    Files.createDirectories(project.resolve("out"));
    Files.createDirectories(project.resolve("generated"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "javac timed out");
    return new JavacProcess(process.exitValue(), output);
  }
}
