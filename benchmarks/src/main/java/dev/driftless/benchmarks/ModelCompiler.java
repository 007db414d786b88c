package dev.driftless.benchmarks;

import dev.driftless.processor.DriftlessProcessor;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles a generated model with the Driftless processor, as a project build would. */
final class ModelCompiler {
  private ModelCompiler() {}

  /** Compiles {@code sources} into {@code project/classes}; the snapshot and revision go beside. */
  static Path compile(Path project, List<Path> sources) throws IOException {
    Path classes = project.resolve("classes");
    Path generated = project.resolve("generated");
    Files.createDirectories(classes);
    Files.createDirectories(generated);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      List<String> options = List.of(
          "--release", "17",
          // The classes of an earlier compile of the same project, so that its revisions are
          // seen and not emitted again (RichCheckBenchmark compiles a large model in steps).
          "-classpath", System.getProperty("java.class.path") + File.pathSeparator + classes,
          "-d", classes.toString(), "-s", generated.toString(),
          "-Adriftless.snapshot=" + project.resolve("snapshot.json"),
          "-Adriftless.packages=" + GeneratedModel.PACKAGE,
          "-Adriftless.revisions.dir=" + project.resolve("src"),
          "-Adriftless.revisions.package=bench.migrations");
      JavaCompiler.CompilationTask task = javac.getTask(diagnostics, files, null, options, null,
          files.getJavaFileObjectsFromFiles(sources.stream().map(Path::toFile).toList()));
      task.setProcessors(List.of(new DriftlessProcessor()));
      if (!task.call()) {
        throw new IllegalStateException("the generated model does not compile:\n" + diagnostics);
      }
    }
    return classes;
  }

  static String pathOf(Path classes) {
    return classes.toString() + File.pathSeparator;
  }
}
