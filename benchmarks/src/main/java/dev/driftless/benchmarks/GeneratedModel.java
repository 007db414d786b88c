package dev.driftless.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Writes the source of a model of {@code n} entities: each a table of eight columns (identity id,
 * strings, numbers, timestamps, a boolean), an index, and a foreign key to the previous entity.
 */
final class GeneratedModel {
  static final String PACKAGE = "bench.model";

  private GeneratedModel() {}

  static List<Path> write(Path sourceRoot, int n) throws IOException {
    return write(sourceRoot, n, GeneratedModel::className, GeneratedModel::source);
  }

  /** Writes entities 1 to {@code n} of a model into {@link #PACKAGE} under {@code sourceRoot}. */
  static List<Path> write(Path sourceRoot, int n, IntFunction<String> className,
      IntFunction<String> source) throws IOException {
    Path dir = sourceRoot.resolve(PACKAGE.replace('.', '/'));
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      Path file = dir.resolve(className.apply(i) + ".java");
      Files.writeString(file, source.apply(i));
      files.add(file);
    }
    return files;
  }

  static String className(int i) {
    return String.format("E%05d", i);
  }

  static List<String> classNames(int n) {
    return classNames(n, GeneratedModel::className);
  }

  /** The qualified names of entities 1 to {@code n} of a model. */
  static List<String> classNames(int n, IntFunction<String> className) {
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      names.add(PACKAGE + "." + className.apply(i));
    }
    return names;
  }


  private static String source(int i) {
    // LAZY: the schema is the same, and Hibernate would otherwise build a 1,000-deep eager fetch.
    String parent = i > 1
        ? "  @ManyToOne(fetch = FetchType.LAZY) " + className(i - 1) + " parent;\n" : "";
    return "package " + PACKAGE + ";\n\n"
        + "import jakarta.persistence.*;\n"
        + "import java.math.BigDecimal;\n"
        + "import java.time.Instant;\n"
        + "import java.time.LocalDate;\n\n"
        + "@Entity\n"
        + String.format("@Table(name = \"t%05d\", indexes = @Index(columnList = \"name\"))%n", i)
        + "public class " + className(i) + " {\n"
        + "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;\n"
        + "  @Column(nullable = false, length = 120) String name;\n"
        + "  Integer quantity;\n"
        + "  @Column(precision = 12, scale = 2) BigDecimal price;\n"
        + "  Instant createdAt;\n"
        + "  LocalDate day;\n"
        + "  boolean active;\n"
        + parent
        + "}\n";
  }
}
