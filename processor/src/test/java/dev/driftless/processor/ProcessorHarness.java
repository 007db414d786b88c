package dev.driftless.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/**
 * Compiles entity sources through the processor in memory (compile-testing), with the options a
 * project would set, against a scratch project directory that holds the snapshot and revisions.
 */
final class ProcessorHarness {
  static final String REVISIONS_PACKAGE = "test.migrations";

  private final Path project;
  private final List<String> extraOptions = new ArrayList<>();
  private final List<java.io.File> classpath = new ArrayList<>();
  private String packages = "test.model";

  ProcessorHarness(Path project) {
    this.project = project;
  }

  /** The entity packages (default {@code test.model}). */
  ProcessorHarness packages(String value) {
    this.packages = value;
    return this;
  }

  ProcessorHarness option(String option) {
    extraOptions.add(option);
    return this;
  }

  ProcessorHarness classpath(List<java.io.File> entries) {
    classpath.addAll(entries);
    return this;
  }

  Path snapshot() {
    return project.resolve("schema-snapshots/test.json");
  }

  Path revisionsDir() {
    return project.resolve("src");
  }

  /** Compiles {@code sources} plus every revision already written to the project. */
  Compilation compile(JavaFileObject... sources) {
    List<JavaFileObject> all = new ArrayList<>(List.of(sources));
    revisionSources().forEach((name, text) -> all.add(JavaFileObjects.forSourceString(name, text)));
    List<String> options = new ArrayList<>(List.of(
        "-A" + ProcessorOptions.SNAPSHOT + "=" + snapshot(),
        "-A" + ProcessorOptions.PACKAGES + "=" + packages,
        "-A" + ProcessorOptions.REVISIONS_DIR + "=" + revisionsDir(),
        "-A" + ProcessorOptions.REVISIONS_PACKAGE + "=" + REVISIONS_PACKAGE));
    options.addAll(extraOptions);
    Compiler compiler = Compiler.javac().withProcessors(new DriftlessProcessor())
        .withOptions(options);
    if (!classpath.isEmpty()) {
      compiler = compiler.withClasspath(classpath);
    }
    return compiler.compile(all);
  }

  /** Revision sources on disk, by qualified class name. */
  Map<String, String> revisionSources() {
    Map<String, String> sources = new TreeMap<>();
    Path dir = revisionsDir().resolve(REVISIONS_PACKAGE.replace('.', '/'));
    if (!Files.isDirectory(dir)) {
      return sources;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString().replace(".java", "");
        sources.put(REVISIONS_PACKAGE + "." + name, Files.readString(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sources;
  }

  /** Every file of the scratch project with its content, to prove that nothing changed. */
  Map<String, String> projectFiles() {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(project)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(project.relativize(file).toString(),
            Files.readString(file, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /**
   * Writes what a compilation put in the class output (classes and the index and snapshot
   * resources) to {@code directory}, so a class loader or another compilation can use it.
   */
  static void writeClassOutput(com.google.testing.compile.Compilation compilation,
      Path directory) {
    try {
      for (JavaFileObject file : compilation.generatedFiles()) {
        String path = file.toUri().getPath();
        if (!path.contains("/CLASS_OUTPUT/")) {
          continue;
        }
        Path target = directory.resolve(path.replaceFirst(".*/CLASS_OUTPUT/", ""));
        Files.createDirectories(target.getParent());
        try (java.io.InputStream in = file.openInputStream()) {
          Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  /**
   * Compares {@code actual} with the reviewed golden file {@code src/test/resources/golden/name}.
   * On a mismatch the actual text is written to {@code target/golden-actual/name} for review.
   */
  static void assertGolden(String name, String actual) {
    String expected;
    try (var in = ProcessorHarness.class.getResourceAsStream("/golden/" + name)) {
      expected = in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!actual.equals(expected)) {
      Path dump = Path.of("target", "golden-actual", name);
      try {
        Files.createDirectories(dump.getParent());
        Files.writeString(dump, actual);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      org.junit.jupiter.api.Assertions.assertEquals(expected, actual,
          "golden file " + name + " differs; the actual output is in " + dump.toAbsolutePath());
    }
  }
}
