package dev.driftless.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The processor's packages are its pipeline (element → mapping → intent → write/store, driven by
 * the root package), and each stage may only reach the stages and runtime packages below it. This
 * test reads every main source's imports and fails on an import against the direction.
 */
class PipelineDirectionTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/driftless/processor");
  private static final String PROCESSOR = "dev.driftless.processor";
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?(dev\\.driftless\\.[a-z.]+?)\\.[A-Z]", Pattern.MULTILINE);

  /** Stage → the Driftless packages (processor stages and runtime packages) it may import. */
  private static final Map<String, Set<String>> ALLOWED = Map.of(
      "element", Set.of(),
      "mapping", Set.of("element", "mapping.naming", "mapping.types", "dev.driftless.schema"),
      "mapping.naming", Set.of("element", "dev.driftless.schema"),
      "mapping.types", Set.of("element", "dev.driftless.schema"),
      "intent", Set.of("element", "mapping", "dev.driftless.annotations",
          "dev.driftless.schema", "dev.driftless.ops", "dev.driftless.diff"),
      "write", Set.of("dev.driftless.annotations", "dev.driftless.schema", "dev.driftless.ops",
          "dev.driftless.diff", "dev.driftless.engine", "dev.driftless.internal.engine"),
      "store", Set.of("element", "dev.driftless.schema", "dev.driftless.snapshot",
          "dev.driftless.internal.engine"));

  @Test
  void eachStageImportsOnlyWhatIsBelowIt() throws IOException {
    List<String> violations = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String stage = stageOf(file);
        if (stage.isEmpty()) {
          continue; // the pipeline itself drives every stage
        }
        checked++;
        Matcher imports = IMPORT.matcher(Files.readString(file));
        while (imports.find()) {
          String target = imports.group(1);
          String relative = target.startsWith(PROCESSOR + ".")
              ? target.substring(PROCESSOR.length() + 1) : target;
          boolean own = relative.equals(stage) || relative.startsWith(stage + ".");
          if (!own && !ALLOWED.get(stage).contains(relative)) {
            violations.add(SOURCES.relativize(file) + " (" + stage + ") imports " + target);
          }
        }
      }
    }
    assertTrue(checked > 30, "read the processor's sources: " + checked);
    assertEquals(List.of(), violations);
  }

  @Test
  void theRootPackageHoldsOnlyThePipeline() throws IOException {
    try (Stream<Path> files = Files.list(SOURCES)) {
      assertEquals(Set.of("DriftlessProcessor.java", "ProcessorOptions.java",
              "RevisionGenerator.java"),
          Set.copyOf(files.filter(Files::isRegularFile)
              .map(f -> f.getFileName().toString()).toList()));
    }
  }

  private static String stageOf(Path file) {
    Path relative = SOURCES.relativize(file.getParent());
    String stage = relative.toString().replace('/', '.').replace('\\', '.');
    return ALLOWED.containsKey(stage) || stage.isEmpty() ? stage : stage;
  }
}
