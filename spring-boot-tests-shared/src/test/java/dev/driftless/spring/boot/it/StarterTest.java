package dev.driftless.spring.boot.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.DriftException;
import dev.driftless.Driftless;
import dev.driftless.spring.boot.DriftlessConfigurationCustomizer;
import dev.driftless.spring.boot.DriftlessDataSource;
import dev.driftless.spring.boot.DriftlessMigrationStrategy;
import dev.driftless.spring.boot.it.app.Item;
import dev.driftless.spring.boot.it.app.ItemRepository;
import dev.driftless.spring.boot.it.app.TestApplication;
import dev.driftless.testing.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

/**
 * Starts the test application, with the starter, on a fresh embedded PostgreSQL database per
 * test. The same source runs on Spring Boot 3.5 (spring-boot-tests-3) and 4.0
 * (spring-boot-tests-4).
 */
@ExtendWith(OutputCaptureExtension.class)
class StarterTest {
  private final DataSource database = TestDatabases.fresh();
  private final String url = ((PGSimpleDataSource) database).getURL();

  @Test
  void migratesBeforeJpaSoThatHibernateValidatesAndARepositoryWorks() {
    try (ConfigurableApplicationContext context = start()) {
      ItemRepository items = context.getBean(ItemRepository.class);
      items.save(new Item("anvil", 3));

      assertEquals(List.of("anvil"), items.findAll().stream().map(Item::getName).toList());
      assertEquals(List.of("1"), TestDatabases.query(database,
          "SELECT count(*) FROM driftless_history WHERE outcome = 'applied'"));
    }
  }

  @Test
  void aDriftedDatabaseStopsStartUpWithTheDriftReport(CapturedOutput output) {
    start().close();
    TestDatabases.execute(database, "ALTER TABLE item DROP COLUMN quantity");

    Exception failure = assertThrows(Exception.class, this::start);

    DriftException drift = causeOfType(failure, DriftException.class);
    assertTrue(drift.getMessage().contains("column public.item.quantity"), drift.getMessage());
    String report = failureReport(output);
    assertTrue(report.contains("column public.item.quantity"), report);
    assertTrue(report.contains("set driftless.verify.policy=warn"), report);
  }

  @Test
  void aDatabaseMadeByOtherMeansIsBaselinedWhenAsked() {
    start().close(); // builds the schema, then forget that Driftless did
    TestDatabases.execute(database, "DROP TABLE driftless_history");

    try (ConfigurableApplicationContext context = start("driftless.baseline-on-migrate=true")) {
      context.getBean(ItemRepository.class).save(new Item("rivet", 9));
      assertEquals(List.of("1"), TestDatabases.query(database,
          "SELECT count(*) FROM driftless_history WHERE outcome = 'baselined'"));
    }
  }

  @Test
  void withoutBaselineOnMigrateADatabaseMadeByOtherMeansSaysToBaseline() {
    start().close();
    TestDatabases.execute(database, "DROP TABLE driftless_history");

    Exception failure = assertThrows(Exception.class, this::start);
    dev.driftless.MigrationException migration =
        causeOfType(failure, dev.driftless.MigrationException.class);
    assertTrue(migration.getMessage().contains("run baseline"), migration.getMessage());
  }

  @Test
  void driftIsOnlyLoggedUnderTheWarnPolicy() {
    start().close();
    TestDatabases.execute(database, "ALTER TABLE item ADD COLUMN nickname text");

    try (ConfigurableApplicationContext context = start("driftless.verify.policy=warn")) {
      assertFalse(context.getBean(Driftless.class).check().isClean());
    }
  }

  @Test
  void aCleanStartRecordsTheCatalogFingerprintUnlessTurnedOff() {
    String comment =
        "SELECT coalesce(obj_description('driftless_history'::regclass, 'pg_class'), '')";
    start("driftless.verify.catalog-fingerprint=false").close();
    assertEquals(List.of(""), TestDatabases.query(database, comment));

    start().close();
    assertTrue(TestDatabases.query(database, comment).get(0)
        .startsWith("driftless verified catalog"), () -> TestDatabases.query(database, comment)
        .toString());
  }

  @Test
  void disabledTouchesNothing() {
    try (ConfigurableApplicationContext context =
        start("driftless.enabled=false", "spring.jpa.hibernate.ddl-auto=none")) {
      assertTrue(context.getBeansOfType(Driftless.class).isEmpty());
      assertEquals(List.of("0"), TestDatabases.query(database,
          "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
    }
  }

  @Test
  void migratesWithItsOwnUserWhileTheApplicationMayNotRunDdl() {
    Roles roles = createRoles();

    try (ConfigurableApplicationContext context = start(
        "spring.datasource.username=" + roles.app(), "spring.datasource.password=a",
        "driftless.user=" + roles.migrator(), "driftless.password=m")) {
      context.getBean(ItemRepository.class).save(new Item("bolt", 1));

      assertMigratedBy(roles);
    }
  }

  @Test
  void migratesTheDataSourceMarkedForIt() {
    Roles roles = createRoles();

    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(
        TestApplication.class, TwoDataSources.class)
        .web(WebApplicationType.NONE)
        .properties("spring.jpa.hibernate.ddl-auto=validate", "test.url=" + url,
            "test.app=" + roles.app(), "test.migrator=" + roles.migrator())
        .run()) {
      context.getBean(ItemRepository.class).save(new Item("nut", 2));

      assertMigratedBy(roles);
    }
  }

  /** A role that may run DDL and one that may only read and write rows, as in production. */
  private record Roles(String migrator, String app) {}

  private Roles createRoles() {
    Roles roles = new Roles("migrator_" + databaseName(), "app_" + databaseName());
    TestDatabases.execute(database,
        "CREATE ROLE " + roles.migrator() + " LOGIN PASSWORD 'm'",
        "CREATE ROLE " + roles.app() + " LOGIN PASSWORD 'a'",
        // PostgreSQL 14 still lets every role create in public; 15 and later let none.
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        "GRANT CREATE ON SCHEMA public TO " + roles.migrator(),
        "GRANT CREATE ON DATABASE " + databaseName() + " TO " + roles.migrator(),
        "ALTER DEFAULT PRIVILEGES FOR ROLE " + roles.migrator() + " IN SCHEMA public "
            + "GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + roles.app(),
        "ALTER DEFAULT PRIVILEGES FOR ROLE " + roles.migrator() + " IN SCHEMA public "
            + "GRANT USAGE, SELECT ON SEQUENCES TO " + roles.app());
    return roles;
  }

  private void assertMigratedBy(Roles roles) {
    assertEquals(List.of(roles.migrator()), TestDatabases.query(database,
        "SELECT tableowner FROM pg_tables WHERE tablename = 'item'"));
    assertEquals(List.of(roles.migrator()), TestDatabases.query(database,
        "SELECT applied_by FROM driftless_history"));
    assertEquals(List.of("false"), TestDatabases.query(database,
        "SELECT has_schema_privilege('" + roles.app() + "', 'public', 'CREATE')::text"));
  }

  @Test
  void anApplicationStrategyReplacesMigrateAndVerify() {
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(
        TestApplication.class, RecordingStrategy.class)
        .web(WebApplicationType.NONE)
        .properties(datasource())
        .properties("spring.jpa.hibernate.ddl-auto=none")
        .run()) {
      assertEquals(List.of("ran"), context.getBean(RecordingStrategy.class).calls);
      assertEquals(List.of("0"), TestDatabases.query(database,
          "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
    }
  }

  @Test
  void aCustomizerAdjustsTheRuntimeConfiguration() {
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(
        TestApplication.class, HistoryTableCustomizer.class)
        .web(WebApplicationType.NONE)
        .properties(datasource())
        .run()) {
      assertEquals(List.of("1"), TestDatabases.query(database,
          "SELECT count(*) FROM audit.schema_history"));
      assertTrue(context.getBean(Driftless.class).history().get(0).isApplied());
    }
  }

  @Test
  void versionTableAndTimeoutPropertiesReachTheRuntime() {
    TestDatabases.execute(database, "CREATE SCHEMA ops");
    start("driftless.version-table=ops.revisions", "driftless.lock-timeout=5s",
        "driftless.statement-timeout=10m", "driftless.lock-wait=30s",
        "driftless.exclude=public.legacy_*").close();

    assertEquals(List.of("1"), TestDatabases.query(database, "SELECT count(*) FROM ops.revisions"));
  }

  @Test
  void anInvalidPolicyFailsStartUpNamingTheProperty() {
    Exception failure = assertThrows(Exception.class,
        () -> start("driftless.verify.policy=maybe"));

    assertTrue(messages(failure).contains("driftless.verify.policy"), messages(failure));
  }

  @Test
  void anInvalidEnabledFailsStartUpNamingThePropertyInsteadOfSwitchingDriftlessOff() {
    Exception failure = assertThrows(Exception.class, () -> start("driftless.enabled=maybe"));

    assertTrue(messages(failure).contains("driftless.enabled"), messages(failure));
  }

  @Test
  void anInvalidTimeoutFailsStartUpNamingTheProperty(CapturedOutput output) {
    Exception failure = assertThrows(Exception.class, () -> start("driftless.lock-timeout=-1s"));

    assertTrue(messages(failure).contains("Invalid value for driftless.lock-timeout (PT-1S)"),
        messages(failure));
    String report = failureReport(output);
    assertTrue(report.contains("Property: driftless.lock-timeout"), report);
    assertTrue(report.contains("Reason: lockTimeout cannot be negative"), report);
  }

  @Test
  void anInvalidVersionTableFailsStartUpNamingTheProperty() {
    Exception failure = assertThrows(Exception.class,
        () -> start("driftless.version-table=a.b.c"));

    assertTrue(messages(failure).contains("Invalid value for driftless.version-table ('a.b.c'): "
        + "expected schema.table or table"), messages(failure));
  }

  /** Replaces what runs at start-up: records the call and leaves the database alone. */
  @Configuration(proxyBeanMethods = false)
  static class RecordingStrategy implements DriftlessMigrationStrategy {
    final List<String> calls = new ArrayList<>();

    @Override
    public void migrate(Driftless driftless) {
      calls.add("ran");
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class HistoryTableCustomizer {
    @Bean
    DriftlessConfigurationCustomizer historyInAudit() {
      return configuration -> configuration.versionTable("audit", "schema_history");
    }
  }

  /** The application's pool, and a second connection that Driftless is told to migrate with. */
  @Configuration(proxyBeanMethods = false)
  static class TwoDataSources {
    @Bean
    @Primary
    DataSource dataSource(Environment environment) {
      return connect(environment, "test.app", "a");
    }

    @Bean
    @DriftlessDataSource
    DataSource migrationDataSource(Environment environment) {
      return connect(environment, "test.migrator", "m");
    }

    private static DataSource connect(Environment environment, String user, String password) {
      PGSimpleDataSource dataSource = new PGSimpleDataSource();
      dataSource.setURL(environment.getRequiredProperty("test.url"));
      dataSource.setUser(environment.getRequiredProperty(user));
      dataSource.setPassword(password);
      return dataSource;
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

  /** What Boot printed after "APPLICATION FAILED TO START", its failure analysis. */
  private static String failureReport(CapturedOutput output) {
    String all = output.getAll();
    int start = all.lastIndexOf("APPLICATION FAILED TO START");
    assertTrue(start >= 0, "no failure analysis in the output");
    return all.substring(start);
  }

  private String[] datasource() {
    return new String[] {"spring.datasource.url=" + url, "spring.datasource.username=postgres"};
  }

  private String databaseName() {
    return ((PGSimpleDataSource) database).getDatabaseName();
  }

  private static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " in " + messages(failure), failure);
  }

  private static String messages(Throwable failure) {
    StringBuilder all = new StringBuilder();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      all.append(cause.getClass().getName()).append(": ").append(cause.getMessage()).append('\n');
    }
    return all.toString();
  }
}
