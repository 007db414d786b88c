package dev.driftless.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.DriftReport;
import dev.driftless.Driftless;
import dev.driftless.MigrateResult;
import dev.driftless.RevisionInfo;
import dev.driftless.testing.TestDatabases;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's workflow with a real {@code javac} process on a scratch project: write entities,
 * build, commit what was generated, change the model, build again; then the application migrates
 * an embedded PostgreSQL and verifies it.
 */
class JavacEndToEndTest {
  @TempDir Path project;

  private static final String CUSTOMER_V1 = """
      package shop.model;

      import jakarta.persistence.*;

      @Entity
      public class Customer {
          @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
          @Column(nullable = false, unique = true) String email;
      }
      """;

  private static final String CUSTOMER_V2 = """
      package shop.model;

      import jakarta.persistence.*;

      @Entity
      public class Customer {
          @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
          @Column(nullable = false, unique = true) String email;
          @Column(length = 100) String displayName;
      }
      """;

  private static final String ORDER_V2 = """
      package shop.model;

      import jakarta.persistence.*;
      import java.math.BigDecimal;
      import java.time.OffsetDateTime;

      @Entity
      @Table(name = "orders", indexes = @Index(columnList = "placedAt"))
      public class PurchaseOrder {
          @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
          @ManyToOne(optional = false) Customer customer;
          @Column(nullable = false, precision = 12, scale = 2) BigDecimal total;
          OffsetDateTime placedAt;
      }
      """;

  @Test
  void twoModelVersionsGiveTwoRevisionsThatCompileApplyAndVerify() throws Exception {
    write("src/shop/model/Customer.java", CUSTOMER_V1);

    javac();
    Map<String, String> afterFirst = committedFiles();
    assertEquals(1, revisionFiles().size(), afterFirst::toString);
    javac();
    assertEquals(afterFirst, committedFiles(), "a second build of the same model writes nothing");

    write("src/shop/model/Customer.java", CUSTOMER_V2);
    write("src/shop/model/PurchaseOrder.java", ORDER_V2);
    javac();
    Map<String, String> afterSecond = committedFiles();
    List<Path> revisions = revisionFiles();
    assertEquals(2, revisions.size(), afterSecond::toString);
    javac();
    assertEquals(afterSecond, committedFiles(), "a second build of the same model writes nothing");

    DataSource database = TestDatabases.fresh();
    try (URLClassLoader app = new URLClassLoader(
        new URL[] {project.resolve("out").toUri().toURL()}, getClass().getClassLoader())) {
      Driftless driftless = Driftless.configure().dataSource(database).classLoader(app).load();
      List<RevisionInfo> loaded = driftless.revisions();
      assertEquals(2, loaded.size());
      assertEquals(List.of(loaded.get(0).id()), loaded.get(1).parents());

      MigrateResult result = driftless.migrate();
      assertEquals(2, result.applied().size());
      DriftReport report = driftless.verify();
      assertTrue(report.isClean(), report::format);
      assertTrue(driftless.migrate().applied().isEmpty());
    }
  }

  @Test
  void aRevisionClassWhoseSourceWasDiscardedIsLeftOutOfTheIndex() throws Exception {
    write("src/shop/model/Customer.java", CUSTOMER_V1);
    javac();
    String snapshot = Files.readString(project.resolve("schema-snapshots/shop.json"));
    Path first = revisionFiles().get(0);
    // An IDE build generates a revision for a change the user then throws away: the source and
    // the snapshot come back from git, the class stays in the output.
    write("src/shop/model/Customer.java", CUSTOMER_V2);
    javac();
    List<Path> ghost = new ArrayList<>(revisionFiles());
    ghost.remove(first);
    assertEquals(1, ghost.size(), ghost::toString);
    Files.delete(ghost.get(0));
    write("src/shop/model/Customer.java", CUSTOMER_V1);
    write("schema-snapshots/shop.json", snapshot);
    String ghostClass = "shop.migrations." + ghost.get(0).getFileName().toString()
        .replace(".java", "");
    assertTrue(Files.exists(project.resolve("out/" + ghostClass.replace('.', '/') + ".class")));

    String output = javac();

    String index = Files.readString(project.resolve("out/META-INF/driftless/revisions.idx"));
    assertTrue(index.contains("shop.migrations." + first.getFileName().toString()
        .replace(".java", "") + "\n"), index);
    assertFalse(index.contains(ghostClass), index);
    assertTrue(output.contains("Left the compiled revision " + ghostClass + " out of the revision "
        + "index"), output);
  }

  /**
   * Compiles every source of the project with the processor, as {@code mvn compile} does: into
   * {@code out}, which is also on the class path, so classes of earlier builds are seen.
   */
  private String javac() throws IOException, InterruptedException {
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(project.resolve("src"))) {
      sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    JavacProcess javac = JavacProcess.run(project, sources, List.of(
        "-Adriftless.snapshot=" + project.resolve("schema-snapshots/shop.json"),
        "-Adriftless.packages=shop.model",
        "-Adriftless.revisions.dir=" + project.resolve("src"),
        "-Adriftless.revisions.package=shop.migrations",
        "-Adriftless.naming=snake_case"));
    assertEquals(0, javac.exitCode(), () -> "javac failed:\n" + javac.output());
    return javac.output();
  }

  /** The files a team commits: sources (entities and revisions) and the snapshot. */
  private Map<String, String> committedFiles() throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (String root : List.of("src", "schema-snapshots")) {
      Path dir = project.resolve(root);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> walk = Files.walk(dir)) {
          for (Path file : walk.filter(Files::isRegularFile).toList()) {
            files.put(project.relativize(file).toString(), Files.readString(file));
          }
        }
      }
    }
    return files;
  }

  private List<Path> revisionFiles() throws IOException {
    Path dir = project.resolve("src/shop/migrations");
    try (Stream<Path> list = Files.list(dir)) {
      return list.sorted().toList();
    }
  }

  private void write(String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
