package dev.driftless.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code mvn} run on a test project: the Maven that runs the outer build, on this JVM's
 * JDK, with a private local repository (where invoker:install put the plugin, the runtime and
 * the processor) and the outer build's local repository as its only other source, so nothing
 * is downloaded and nothing is written to {@code ~/.m2}.
 */
final class MavenRun {
  private static final long TIMEOUT_MINUTES = 5;

  private final Path mavenHome;
  private final Path settings;
  private final Path localRepository;

  MavenRun(Path mavenHome, Path settings, Path localRepository) {
    this.mavenHome = mavenHome;
    this.settings = settings;
    this.localRepository = localRepository;
  }

  /** What a build printed and how it ended. */
  record Result(int exitCode, String output) {
    boolean succeeded() {
      return exitCode == 0;
    }
  }

  /** Runs {@code mvn} with {@code arguments} in {@code project}, with {@code environment} added. */
  Result run(Path project, Map<String, String> environment, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        mavenHome.resolve("bin").resolve("mvn").toString(),
        "-B", "--no-transfer-progress",
        "-s", settings.toString(),
        "-Dmaven.repo.local=" + localRepository));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile())
        .redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    // The nested build runs on the JDK this test runs on (17 or 25 in CI), not whatever
    // JAVA_HOME the shell had; and without connection variables unless a test sets them.
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.remove("DRIFTLESS_URL");
    env.remove("DRIFTLESS_USER");
    env.remove("DRIFTLESS_PASSWORD");
    env.remove("MAVEN_ARGS");
    env.putAll(environment);
    Path log = Files.createTempFile(project.getParent(), "mvn-", ".log");
    builder.redirectOutput(log.toFile());
    Process process = builder.start();
    if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("mvn " + String.join(" ", arguments) + " took longer than "
          + TIMEOUT_MINUTES + " minutes; its output: " + log);
    }
    return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }
}
