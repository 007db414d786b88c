package dev.driftless.maven;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The test projects under {@code src/it} and the Maven that builds them: each test class copies
 * its project under {@code target/it}, with this build's versions filled in, and runs real
 * {@code mvn} on it.
 */
final class NestedProjects {
  private NestedProjects() {}

  /** A fresh copy of {@code src/it/<name>} under {@code target/it/<name>}. */
  static Path copy(String name) throws IOException {
    Path target = Path.of(property("driftless.it.work")).resolve(name);
    deleteRecursively(target);
    copyProject(Path.of(property("driftless.it.projects"), name), target);
    return target;
  }

  /** The Maven of the outer build, with the private repository invoker:install filled. */
  static MavenRun maven() throws IOException {
    Path work = Path.of(property("driftless.it.work"));
    Files.createDirectories(work);
    Path settings = work.resolve("settings.xml");
    Files.writeString(settings, settings(Path.of(property("driftless.it.outerRepository"))));
    return new MavenRun(Path.of(property("driftless.it.mavenHome")), settings,
        Path.of(property("driftless.it.repository")));
  }

  /**
   * Settings that make the outer build's local repository the nested builds' first remote
   * repository (Maven Central stays behind it, for a machine whose repository lacks something).
   * A local repository keeps no checksums of what was installed into it: not checked.
   */
  private static String settings(Path outerRepository) {
    String url = outerRepository.toUri().toString();
    String repository = """
              <id>driftless-outer</id>
              <url>%s</url>
              <releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>
              <snapshots><enabled>false</enabled></snapshots>
        """.formatted(url);
    return """
        <settings>
          <profiles>
            <profile>
              <id>outer-repository</id>
              <repositories><repository>
        %s      </repository></repositories>
              <pluginRepositories><pluginRepository>
        %s      </pluginRepository></pluginRepositories>
            </profile>
          </profiles>
          <activeProfiles><activeProfile>outer-repository</activeProfile></activeProfiles>
        </settings>
        """.formatted(repository, repository);
  }

  /** Copies a test project, filling in the versions of this build. */
  private static void copyProject(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else if (file.getFileName().toString().equals("pom.xml")) {
          Files.writeString(target, Files.readString(file)
              .replace("@driftless.version@", property("driftless.it.version"))
              .replace("@persistence.version@", property("driftless.it.persistence"))
              .replace("@compiler-plugin.version@", property("driftless.it.compilerPlugin"))
              .replace("@resources-plugin.version@", property("driftless.it.resourcesPlugin")));
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(file);
      }
    }
  }

  /** The names in {@code directory}, sorted. */
  static List<String> listNames(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** The committed revision classes of {@code migrations}, e.g. {@code R0123456789ab_CreateBook}. */
  static List<String> revisionClasses(Path migrations) {
    try (Stream<Path> files = Files.list(migrations)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java"))
          .map(n -> n.substring(0, n.length() - ".java".length())).sorted().toList();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot list " + migrations, e);
    }
  }

  /** Where the test projects' sources are. */
  static Path sources(String name) {
    return Path.of(property("driftless.it.projects"), name);
  }

  static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException(name + " is not set: run this test through Maven "
          + "(mvn verify -pl maven-plugin), whose pom sets it");
    }
    return value;
  }

  static void assertSucceeded(MavenRun.Result result) {
    assertTrue(result.succeeded(), "mvn failed (exit " + result.exitCode() + "):\n"
        + result.output());
  }

  static void assertContains(MavenRun.Result result, String expected) {
    assertTrue(result.output().contains(expected),
        "expected in the output: " + expected + "\n--- output ---\n" + result.output());
  }
}
