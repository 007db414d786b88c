package dev.driftless.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the source of a model of {@code n} entities richer than {@link GeneratedModel}'s, for the
 * drift-check benchmark of issue #16: each table has nine columns (identity id, strings, numbers,
 * timestamps, a boolean, two foreign keys), a table comment, a check constraint, a column
 * default and two indexes, one of them partial.
 *
 * <p>Kept apart from {@link GeneratedModel}, whose output the compile benchmarks depend on. Same
 * package, so {@link ModelCompiler} compiles either.
 */
final class RichModel {
  private RichModel() {}

  static List<Path> write(Path sourceRoot, int n) throws IOException {
    return GeneratedModel.write(sourceRoot, n, RichModel::className, RichModel::source);
  }

  static String className(int i) {
    return String.format("R%05d", i);
  }

  static List<String> classNames(int n) {
    return GeneratedModel.classNames(n, RichModel::className);
  }


  private static String source(int i) {
    String table = String.format("r%05d", i);
    // The first entity refers to itself, so every table has both foreign keys.
    String parent = className(Math.max(1, i - 1));
    // LAZY: the schema is the same, and Hibernate would otherwise build a deep eager fetch.
    return "package " + GeneratedModel.PACKAGE + ";\n\n"
        + "import jakarta.persistence.*;\n"
        + "import java.math.BigDecimal;\n"
        + "import java.time.Instant;\n"
        + "import java.time.LocalDate;\n"
        + "import org.hibernate.annotations.ColumnDefault;\n\n"
        + "@Entity\n"
        + "@Table(name = \"" + table + "\",\n"
        + "    comment = \"Rows of " + table + "\",\n"
        + "    check = @CheckConstraint(name = \"" + table + "_quantity_check\",\n"
        + "        constraint = \"quantity >= 0\"),\n"
        + "    indexes = {@Index(name = \"" + table + "_name_idx\", columnList = \"name\"),\n"
        + "        @Index(name = \"" + table + "_day_idx\", columnList = \"day\",\n"
        + "            options = \"WHERE active\")})\n"
        + "public class " + className(i) + " {\n"
        + "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;\n"
        + "  @Column(nullable = false, length = 120) String name;\n"
        + "  @ColumnDefault(\"0\") Integer quantity;\n"
        + "  @Column(precision = 12, scale = 2) BigDecimal price;\n"
        + "  Instant createdAt;\n"
        + "  LocalDate day;\n"
        + "  boolean active;\n"
        + "  @ManyToOne(fetch = FetchType.LAZY) " + parent + " parent;\n"
        + "  @ManyToOne(fetch = FetchType.LAZY) " + className(1) + " owner;\n"
        + "}\n";
  }
}
