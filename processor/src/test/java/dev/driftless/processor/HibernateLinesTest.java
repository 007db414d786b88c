package dev.driftless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.driftless.Driftless;
import dev.driftless.schema.Column;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Table;
import dev.driftless.processor.store.SnapshotStore;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spring Boot 3.x builds against Jakarta Persistence 3.1 and Hibernate 6.6: the processor reads
 * entities compiled against the real 3.1 jar (whose {@code @Column} has no {@code comment},
 * {@code check} or {@code options}), and detects the Hibernate line from the compile class path.
 * The jars are put in {@code target/} by the processor pom (maven-dependency-plugin).
 */
class HibernateLinesTest {
  @TempDir Path project;

  private static final JavaFileObject GAUGE = ProcessorHarness.source("test.model.Gauge",
      "package test.model;",
      "import jakarta.persistence.*;",
      "@Entity",
      "@Table(name = \"gauge\", indexes = @Index(columnList = \"label\"))",
      "public class Gauge {",
      "  @Id Long id;",
      "  @Version Long version;",
      "  @Column(length = 40) String label;",
      "  int reading;",
      "  @Column(name = \"peak\") int peak;",
      "  @Basic double mean;",
      "  java.time.LocalTime checkedAt;",
      "  @ElementCollection @OrderColumn java.util.List<String> notes;",
      "}");

  @Test
  void jakartaPersistence31WithoutHibernateGivesTheNewestRules() throws Exception {
    Table gauge = compile(List.of(jar("jpa-3.1")), List.of());
    assertEquals(1, gauge.indexes().size(), "@Table read without its 3.2 members");
    assertEquals(null, gauge.comment());
    assertEquals("character varying(40) null", describe(gauge, "label"));
    assertEquals("bigint not null", describe(gauge, "version"), "7: a version is NOT NULL");
    assertEquals("integer not null", describe(gauge, "reading"));
    assertEquals("integer null", describe(gauge, "peak"), "a primitive with @Column");
    assertEquals("double precision not null", describe(gauge, "mean"), "7: @Basic primitive");
    assertEquals("time(0) without time zone null", describe(gauge, "checkedat"));
  }

  @Test
  void hibernate66OnTheClassPathIsDetected() throws Exception {
    Table gauge = compile(List.of(jar("jpa-3.1"), jar("hibernate-6.6")), List.of());
    assertEquals("bigint null", describe(gauge, "version"), "6.6: a version may be null");
    assertEquals("integer not null", describe(gauge, "reading"));
    assertEquals("integer null", describe(gauge, "peak"));
    assertEquals("double precision null", describe(gauge, "mean"), "6.6: @Basic primitive");
    assertEquals("time(6) without time zone null", describe(gauge, "checkedat"));
  }

  @Test
  void theOptionWinsOverDetection() throws Exception {
    Table gauge = compile(List.of(jar("jpa-3.1"), jar("hibernate-6.6")),
        List.of("-Adriftless.hibernate=7.x"));
    assertEquals("bigint not null", describe(gauge, "version"));
    Table again = compile(List.of(jar("jpa-3.1")), List.of("-Adriftless.hibernate=6"));
    assertEquals("time(6) without time zone null", describe(again, "checkedat"));
  }

  @Test
  void aWrongLineIsAnErrorNamingTheAcceptedOnes() throws Exception {
    Compilation compilation = new ProcessorHarness(project).option("-Adriftless.hibernate=5.6")
        .classpath(classpath(List.of(jar("jpa-3.1")))).compile(GAUGE);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(
        "-Adriftless.hibernate=5.6 is not a Hibernate line Driftless knows; use one of 6, 6.6, "
            + "6.6.x, 7, 7.x, 7.4");
  }

  private Table compile(List<File> jars, List<String> options) throws Exception {
    Path dir = Files.createTempDirectory(project, "p");
    ProcessorHarness harness = new ProcessorHarness(dir).classpath(classpath(jars));
    options.forEach(harness::option);
    Compilation compilation = harness.compile(GAUGE);
    assertThat(compilation).succeeded();
    Schema schema = new SnapshotStore().read(harness.snapshot()).orElseThrow();
    return schema.table(QualifiedName.of("public", "gauge")).orElseThrow();
  }

  /** The jar the processor pom copied into {@code target/<dir>}. */
  private static File jar(String dir) throws Exception {
    try (Stream<Path> files = Files.list(Path.of("target", dir))) {
      List<Path> jars = files.filter(f -> f.toString().endsWith(".jar")).toList();
      assertEquals(1, jars.size(), "one jar in target/" + dir + ": " + jars);
      return jars.get(0).toFile();
    }
  }

  /** {@code jars} instead of the test class path's 3.2 and 7.4, plus what revisions need. */
  private static List<File> classpath(List<File> jars) throws URISyntaxException {
    List<File> entries = new ArrayList<>(jars);
    entries.add(new File(Driftless.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI()));
    for (String jar : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (jar.contains("driftless-annotations") || jar.contains("annotations/target")) {
        entries.add(new File(jar));
      }
    }
    assertTrue(entries.stream().noneMatch(f -> f.getName().contains("persistence-api-3.2")));
    return entries;
  }

  private static String describe(Table table, String column) {
    Column c = table.column(column).orElseThrow(() -> new AssertionError(column + " in " + table));
    return c.type() + (c.nullable() ? " null" : " not null");
  }
}
