package dev.driftless.maven;

import static dev.driftless.maven.NestedProjects.assertContains;
import static dev.driftless.maven.NestedProjects.assertSucceeded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Schema units in a real multi-module Maven build ({@code src/it/units}): two modules with
 * entities, each its own unit (one selecting its packages by pattern), and an application module
 * that depends on both. The application migrates and verifies two databases at start-up; the
 * plugin migrates both units into one database, each checked clean.
 */
class SchemaUnitsIT {
  private static ItDatabases postgres;
  private static MavenRun maven;
  private static Path project;

  @BeforeAll
  static void buildTheApplication() throws Exception {
    postgres = new ItDatabases("units_it");
    project = NestedProjects.copy("units");
    maven = NestedProjects.maven();
    MavenRun.Result compile = maven.run(project, Map.of(), "compile");
    assertSucceeded(compile);
    // The committed revisions are the units' schemas: compiling must not have added any.
    for (String unit : List.of("catalog", "reporting")) {
      Path migrations = Path.of(unit, "src/main/java/com/example/units", unit, "migrations");
      assertEquals(NestedProjects.revisionClasses(NestedProjects.sources("units")
          .resolve(migrations)), NestedProjects.revisionClasses(project.resolve(migrations)),
          compile.output());
    }
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void eachModulesUnitLandsInItsOwnPlaceOnTheClassPath() throws Exception {
    for (String unit : List.of("catalog", "reporting")) {
      Path resources = project.resolve(unit + "/target/classes/META-INF/driftless");
      assertEquals(unit + "\n", Files.readString(resources.resolve("units.idx")));
      assertEquals(Files.readString(project.resolve(unit + "/schema/" + unit + ".json")),
          Files.readString(resources.resolve("units/" + unit + "/schema.json")));
    }
    String catalog = Files.readString(project.resolve("catalog/schema/catalog.json"));
    assertTrue(catalog.contains("\"price_list\""), "the sub-package's entity: " + catalog);
  }

  @Test
  void theApplicationMigratesAndVerifiesBothDatabasesAtStartUp() throws Exception {
    String catalogDb = postgres.newDatabase();
    String reportingDb = postgres.newDatabase();

    String output = start(catalogDb, reportingDb);

    assertTrue(output.contains("catalog: 1 revision(s) applied, no drift"), output);
    assertTrue(output.contains("reporting: 1 revision(s) applied, no drift"), output);
    assertEquals(List.of("driftless_history_catalog", "price_list", "product"),
        tables(catalogDb));
    assertEquals(List.of("daily_sales", "driftless_history_reporting"), tables(reportingDb));

    String again = start(catalogDb, reportingDb);
    assertTrue(again.contains("catalog: 0 revision(s) applied, no drift"), again);
  }

  @Test
  void thePluginMigratesTwoUnitsIntoOneDatabaseAndChecksEachClean() throws Exception {
    String url = postgres.newDatabase();
    // compile first: Maven resolves the application's dependencies on the entity modules to
    // their classes only in a build that compiles them (nothing is installed).
    MavenRun.Result result = maven.run(project, Map.of("DRIFTLESS_URL", url,
        "DRIFTLESS_USER", "postgres"),
        "-Ddriftless.unit=catalog", "compile", "driftless:migrate", "driftless:check");
    assertSucceeded(result);
    MavenRun.Result reporting = maven.run(project, Map.of("DRIFTLESS_URL", url,
        "DRIFTLESS_USER", "postgres"),
        "-Ddriftless.unit=reporting", "compile", "driftless:migrate", "driftless:check",
        "driftless:history");
    assertSucceeded(reporting);
    assertContains(reporting, "No drift");
    assertEquals(List.of("daily_sales", "driftless_history_catalog",
        "driftless_history_reporting", "price_list", "product"), tables(url));

    MavenRun.Result catalogAgain = maven.run(project, Map.of("DRIFTLESS_URL", url,
        "DRIFTLESS_USER", "postgres"), "-Ddriftless.unit=catalog", "compile", "driftless:check");
    assertSucceeded(catalogAgain);
    assertContains(catalogAgain, "No drift");

    MavenRun.Result unknown = maven.run(project, Map.of("DRIFTLESS_URL", url,
        "DRIFTLESS_USER", "postgres"), "-Ddriftless.unit=billing", "compile", "driftless:check");
    assertContains(unknown, "No schema unit 'billing' on the class path; the units found are: "
        + "catalog, reporting");
  }

  /** The tables of {@code public}, sorted. */
  private static List<String> tables(String url) throws Exception {
    return postgres.query(url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
        + "ORDER BY tablename");
  }

  /**
   * Runs the application's main as its launcher would, on the three modules' compiled classes
   * (the runtime and the driver come from this test's class path), and returns what it printed.
   */
  private static String start(String catalogDb, String reportingDb) throws Exception {
    URL[] classes = new URL[3];
    int i = 0;
    for (String module : List.of("catalog", "reporting", "app")) {
      classes[i++] = project.resolve(module + "/target/classes").toUri().toURL();
    }
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(classes, SchemaUnitsIT.class.getClassLoader())) {
      Thread.currentThread().setContextClassLoader(loader);
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      Method main = loader.loadClass("com.example.units.app.UnitsApplication")
          .getMethod("main", String[].class);
      main.invoke(null, (Object) new String[] {catalogDb, reportingDb, "postgres"});
    } finally {
      System.setOut(original);
      Thread.currentThread().setContextClassLoader(SchemaUnitsIT.class.getClassLoader());
    }
    return printed.toString(StandardCharsets.UTF_8);
  }
}
