package dev.driftless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.driftless.Driftless;
import dev.driftless.schema.Schema;
import dev.driftless.testing.TestDatabases;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Adriftless.online=true}: changes to existing tables are generated in their large-table
 * safe forms, in a revision that runs statement by statement, and still migrate up, down and up
 * again on PostgreSQL with the rows kept.
 */
class OnlineFormsTest {
  @TempDir Path project;
  @TempDir Path classes;

  private static final String BASE = """
      @Entity public class Shop {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        String name;
        String city;
      }

      @Entity class Clerk {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        String login;
      }""";

  private static final String CHANGED = """
      @Entity @Table(indexes = @Index(columnList = "city")) public class Shop {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(nullable = false) String name;
        String city;
        @Enumerated(EnumType.STRING) Kind kind;
        enum Kind { SHOP, KIOSK }
      }

      @Entity class Clerk {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        String login;
        @ManyToOne Shop shop;
      }""";

  @Test
  void existingTablesGetTheSafeFormsAndTheRevisionRunsStatementByStatement() throws Exception {
    ProcessorHarness harness = new ProcessorHarness(project).option("-Adriftless.online=true");
    assertThat(harness.compile(Scenarios.model("Shop", BASE))).succeeded();
    Schema before = Scenarios.snapshot(harness);
    Map<String, String> first = harness.revisionSources();
    assertFalse(first.values().iterator().next().contains("transactional"),
        "creating tables needs no safe form");

    Compilation compilation = harness.compile(Scenarios.model("Shop", CHANGED));
    assertThat(compilation).succeeded();
    Schema after = Scenarios.snapshot(harness);
    String revision = harness.revisionSources().entrySet().stream()
        .filter(e -> !first.containsKey(e.getKey())).findFirst().orElseThrow().getValue();
    for (String expected : new String[] {
        "transactional = false",
        "op.createIndexConcurrently(\"public\", \"shop\", Index.of(\"shop_city_idx\", \"city\"));",
        "op.addForeignKeyNotValid(\"public\", \"clerk\",",
        "op.validateConstraint(\"public\", \"clerk\", \"clerk_shop_id_fkey\");",
        "op.addCheckConstraintNotValid(\"public\", \"shop\", \"shop_kind_check\",",
        "op.validateConstraint(\"public\", \"shop\", \"shop_kind_check\");",
        "op.addCheckConstraintNotValid(\"public\", \"shop\", \"shop_name_not_null\", "
            + "\"\\\"name\\\" IS NOT NULL\");",
        "op.dropConstraint(\"public\", \"shop\", \"shop_name_not_null\");",
        "op.dropIndexConcurrently(\"public\", \"shop\", \"shop_city_idx\");"}) {
      assertTrue(revision.contains(expected), () -> expected + " in\n" + revision);
    }
    Map<String, String> committed = harness.projectFiles();
    assertThat(harness.compile(Scenarios.model("Shop", CHANGED))).succeeded();
    assertEquals(committed, harness.projectFiles(), "building again writes nothing");
    ProcessorHarness.writeClassOutput(compilation, classes);

    DataSource database = TestDatabases.fresh();
    try (URLClassLoader app = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        getClass().getClassLoader())) {
      Driftless driftless = Driftless.configure().dataSource(database).classLoader(app).load();
      driftless.upgrade("+1");
      TestDatabases.execute(database, "INSERT INTO shop (name, city) VALUES ('Corner', 'Porto')");
      driftless.upgrade("head");
      Scenarios.assertClean(database, after, "upgraded");
      assertEquals(1, Scenarios.count(database, "SELECT name FROM shop"), "the row survives");
      driftless.downgrade("-1");
      Scenarios.assertClean(database, before, "downgraded");
      driftless.upgrade("head");
      Scenarios.assertClean(database, after, "upgraded again");
    }
  }
}
