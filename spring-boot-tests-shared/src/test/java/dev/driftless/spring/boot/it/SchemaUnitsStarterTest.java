package dev.driftless.spring.boot.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.DriftException;
import dev.driftless.Driftless;
import dev.driftless.spring.boot.DriftlessUnits;
import dev.driftless.spring.boot.InvalidDriftlessPropertyException;
import dev.driftless.spring.boot.NoSchemaUnitConfiguredException;
import dev.driftless.spring.boot.it.app.Item;
import dev.driftless.spring.boot.it.app.ItemRepository;
import dev.driftless.spring.boot.it.app.TestApplication;
import dev.driftless.testing.TestDatabases;
import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Schema units through the starter: the test application's unnamed unit (its entity {@code Item})
 * and the {@code reporting} unit (table {@code report}, resources in
 * {@code src/test/resources/META-INF/driftless/units/reporting/}), on embedded PostgreSQL, in
 * two databases or in one.
 */
@ExtendWith(OutputCaptureExtension.class)
class SchemaUnitsStarterTest {
  private final DataSource database = TestDatabases.fresh();
  private final DataSource reportingDatabase = TestDatabases.fresh();

  @Test
  void aUnitWithItsOwnUrlIsMigratedInItsOwnDatabaseBeforeTheApplicationStarts() {
    try (ConfigurableApplicationContext context = start(
        "driftless.units.reporting.url=" + url(reportingDatabase),
        "driftless.units.reporting.user=postgres")) {
      // JPA validated the unnamed unit's schema and works on it.
      context.getBean(ItemRepository.class).save(new Item("anvil", 3));

      DriftlessUnits units = context.getBean(DriftlessUnits.class);
      assertEquals(List.of("", "reporting"), units.names());
      assertEquals("", context.getBean(Driftless.class).unit());
      for (Driftless unit : units.all()) {
        assertTrue(unit.check().isClean(), unit.check().format());
      }
      assertEquals(Set.of("item", "driftless_history"), Set.copyOf(tables(database)));
      assertEquals(Set.of("report", "driftless_history_reporting"),
          Set.copyOf(tables(reportingDatabase)));
      assertEquals(List.of("7e9f0a1b2c3d"), TestDatabases.query(reportingDatabase,
          "SELECT revision_id FROM driftless_history_reporting WHERE outcome = 'applied'"));
      assertEquals(List.of("56a2c09cdf32"), TestDatabases.query(database,
          "SELECT revision_id FROM driftless_history WHERE outcome = 'applied'"));
    }
  }

  @Test
  void twoUnitsShareOneDatabaseEachWithItsOwnHistoryAndACleanDriftCheck() {
    try (ConfigurableApplicationContext context = start("driftless.units.reporting.enabled=true")) {
      context.getBean(ItemRepository.class).save(new Item("rivet", 9));

      DriftlessUnits units = context.getBean(DriftlessUnits.class);
      // Each check sees the other unit's table and history, and leaves them to that unit.
      assertTrue(units.get("").check().isClean(), units.get("").check().format());
      assertTrue(units.get("reporting").check().isClean(),
          units.get("reporting").check().format());
      assertEquals(Set.of("item", "report", "driftless_history", "driftless_history_reporting"),
          Set.copyOf(tables(database)));
    }
    // A second start finds nothing pending and both units clean.
    start("driftless.units.reporting.enabled=true").close();
  }

  @Test
  void aDriftedUnitStopsStartUpUnlessItsOwnPolicyOnlyWarns() {
    start("driftless.units.reporting.enabled=true").close();
    TestDatabases.execute(database, "ALTER TABLE report ADD COLUMN note text");

    Exception failure = assertThrows(Exception.class,
        () -> start("driftless.units.reporting.enabled=true"));
    DriftException drift = causeOfType(failure, DriftException.class);
    assertTrue(drift.getMessage().contains("column public.report.note"), drift.getMessage());
    assertEquals("reporting", drift.unit(), "the drift names its unit");
    assertTrue(drift.getMessage().startsWith("Schema unit 'reporting': "), drift.getMessage());

    try (ConfigurableApplicationContext context = start("driftless.units.reporting.enabled=true",
        "driftless.units.reporting.verify.policy=warn")) {
      assertFalse(context.getBean(DriftlessUnits.class).get("reporting").check().isClean());
      assertTrue(context.getBean(Driftless.class).check().isClean());
    }
  }

  @Test
  void aUnitRunsWhenDriftlessIsOffForTheUnnamedOneWithItsOwnVersionTable() {
    TestDatabases.execute(database, "CREATE SCHEMA ops");

    try (ConfigurableApplicationContext context = start("driftless.enabled=false",
        "spring.jpa.hibernate.ddl-auto=none",
        "driftless.units.reporting.enabled=true",
        "driftless.units.reporting.version-table=ops.reporting_history")) {
      assertEquals(List.of("reporting"), context.getBean(DriftlessUnits.class).names());
      assertTrue(context.getBeansOfType(Driftless.class).isEmpty());
      assertEquals(List.of("report"), tables(database));
      assertEquals(List.of("1"), TestDatabases.query(database,
          "SELECT count(*) FROM ops.reporting_history"));
    }
  }

  @Test
  void aDisabledUnitIsLeftAlone() {
    try (ConfigurableApplicationContext context = start(
        "driftless.units.reporting.enabled=false",
        "driftless.units.reporting.url=" + url(reportingDatabase))) {
      assertEquals(List.of(""), context.getBean(DriftlessUnits.class).names());
      assertEquals(List.of(), tables(reportingDatabase));
    }
  }

  @Test
  void aUnitThatIsNotOnTheClassPathFailsStartUpListingTheUnitsThatAre(CapturedOutput output) {
    Exception failure = assertThrows(Exception.class,
        () -> start("driftless.units.billing.url=" + url(reportingDatabase)));

    InvalidDriftlessPropertyException invalid =
        causeOfType(failure, InvalidDriftlessPropertyException.class);
    assertEquals("driftless.units.billing", invalid.property());
    assertTrue(invalid.reason().contains(
        "No schema unit 'billing' on the class path; the units found are: (unnamed), reporting"),
        invalid.reason());
    String report = failureReport(output);
    assertTrue(report.contains("Property: driftless.units.billing"), report);
    assertTrue(report.contains("the units found are: (unnamed), reporting"), report);
    assertEquals(List.of(), tables(database));
  }

  @Test
  void aNameThatCannotBeAUnitsFailsStartUpNamingTheProperty(CapturedOutput output) {
    Exception failure = assertThrows(Exception.class,
        () -> start("driftless.units.report-2.enabled=true"));

    InvalidDriftlessPropertyException invalid =
        causeOfType(failure, InvalidDriftlessPropertyException.class);
    assertEquals("driftless.units.report-2", invalid.property());
    String report = failureReport(output);
    assertTrue(report.contains("Property: driftless.units.report-2"), report);
    assertTrue(report.contains("lowercase letters, digits and underscores"), report);
  }

  @Test
  void anInvalidUnitVersionTableIsNamedAsTheUnitsProperty() {
    Exception failure = assertThrows(Exception.class, () -> start(
        "driftless.units.reporting.enabled=true",
        "driftless.units.reporting.version-table=a.b.c"));

    assertEquals("driftless.units.reporting.version-table",
        causeOfType(failure, InvalidDriftlessPropertyException.class).property());
  }

  @Test
  void onlyNamedUnitsAndNoneConfiguredFailsStartUpSayingWhichPropertyToSet(
      CapturedOutput output) {
    Exception failure = assertThrows(Exception.class, () -> new SpringApplicationBuilder(
        TestApplication.class)
        .resourceLoader(new DefaultResourceLoader(new WithoutUnnamedUnit(
            SchemaUnitsStarterTest.class.getClassLoader())))
        .web(WebApplicationType.NONE)
        .properties(datasource())
        .properties("spring.jpa.hibernate.ddl-auto=none")
        .run());

    assertEquals(List.of("reporting"),
        causeOfType(failure, NoSchemaUnitConfiguredException.class).units());
    String report = failureReport(output);
    assertTrue(report.contains("only named Driftless schema units (reporting)"), report);
    assertTrue(report.contains("driftless.units.reporting.enabled=true"), report);
  }

  @Test
  void onlyNamedUnitsRunWhenTheClassPathHasNoUnnamedOne() {
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(
        TestApplication.class)
        .resourceLoader(new DefaultResourceLoader(new WithoutUnnamedUnit(
            SchemaUnitsStarterTest.class.getClassLoader())))
        .web(WebApplicationType.NONE)
        .properties(datasource())
        .properties("spring.jpa.hibernate.ddl-auto=none", "driftless.units.reporting.enabled=true")
        .run()) {
      assertEquals(List.of("reporting"), context.getBean(DriftlessUnits.class).names());
      assertEquals(Set.of("report", "driftless_history_reporting"),
          Set.copyOf(tables(database)));
    }
  }

  /**
   * The test class path without the unnamed unit's resources, as an application whose only
   * models are named units sees it. Classes still come from the parent.
   */
  static final class WithoutUnnamedUnit extends ClassLoader {
    private static final Set<String> HIDDEN =
        Set.of("META-INF/driftless/revisions.idx", "META-INF/driftless/schema.json");

    WithoutUnnamedUnit(ClassLoader parent) {
      super(parent);
    }

    @Override
    public URL getResource(String name) {
      return HIDDEN.contains(name) ? null : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      return HIDDEN.contains(name) ? Collections.emptyEnumeration() : super.getResources(name);
    }
  }

  private ConfigurableApplicationContext start(String... properties) {
    return new SpringApplicationBuilder(TestApplication.class)
        .web(WebApplicationType.NONE)
        .properties(datasource())
        .properties("spring.jpa.hibernate.ddl-auto=validate")
        .properties(properties)
        .run();
  }

  private String[] datasource() {
    return new String[] {"spring.datasource.url=" + url(database),
        "spring.datasource.username=postgres"};
  }

  private static String url(DataSource dataSource) {
    return ((PGSimpleDataSource) dataSource).getURL();
  }

  /** The tables in public. */
  private static List<String> tables(DataSource dataSource) {
    return TestDatabases.query(dataSource, "SELECT c.relname FROM pg_class c "
        + "JOIN pg_namespace n ON n.oid = c.relnamespace "
        + "WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.oid");
  }

  /** What Boot printed after "APPLICATION FAILED TO START", its failure analysis. */
  private static String failureReport(CapturedOutput output) {
    String all = output.getAll();
    int start = all.lastIndexOf("APPLICATION FAILED TO START");
    assertTrue(start >= 0, "no failure analysis in the output");
    return all.substring(start);
  }

  private static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " in " + failure, failure);
  }
}
