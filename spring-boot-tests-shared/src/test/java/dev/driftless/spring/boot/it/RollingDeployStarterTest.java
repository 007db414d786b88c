package dev.driftless.spring.boot.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.Driftless;
import dev.driftless.RevisionStatus;
import dev.driftless.spring.boot.DriftlessUnits;
import dev.driftless.spring.boot.it.app.TestApplication;
import dev.driftless.testing.TestDatabases;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * A rolling deploy through the starter: start-up applies the expand revision of the
 * {@code ledger} unit and holds the contract back; {@code contract=true} applies it. The unit is
 * the runtime tests' rolling change ({@link dev.driftless.testing.RollingRevisions}: table
 * {@code account}, {@code full_name} renamed to {@code display_name} and more), with its index and
 * snapshot in {@code src/test/ledger-unit/}, added to the class path by this test only, so the
 * other starter tests see the class path they always had.
 */
class RollingDeployStarterTest {
  private final DataSource database = TestDatabases.fresh();

  @Test
  void startUpExpandsAndHoldsTheContractBackUntilTheContractPropertyIsSet() {
    try (ConfigurableApplicationContext context = start("driftless.units.ledger.enabled=true")) {
      Driftless ledger = context.getBean(DriftlessUnits.class).get("ledger");
      List<RevisionStatus> history = ledger.history();
      assertTrue(history.get(1).isApplied(), "the expand revision ran at start-up");
      assertFalse(history.get(2).isApplied(), "the contract waits");
      assertTrue(ledger.check().isClean(), () -> ledger.check().format());
      // The previous release writes full_name; the new one reads display_name.
      TestDatabases.execute(database, "INSERT INTO account (id, full_name, legacy_code) "
          + "VALUES (1, 'from the previous release', 'L')");
      assertEquals(List.of("from the previous release"),
          TestDatabases.query(database, "SELECT display_name FROM account"));
    }
    // A restart of the new release does not contract either.
    start("driftless.units.ledger.enabled=true").close();
    assertEquals(List.of("amount", "amount_exact", "display_name", "full_name", "id",
        "legacy_code", "status"), columns());

    try (ConfigurableApplicationContext context = start("driftless.units.ledger.enabled=true",
        "driftless.units.ledger.contract=true")) {
      Driftless ledger = context.getBean(DriftlessUnits.class).get("ledger");
      assertTrue(ledger.history().stream().allMatch(RevisionStatus::isApplied));
      assertTrue(ledger.check().isClean(), () -> ledger.check().format());
    }
    assertEquals(List.of("amount_exact", "display_name", "id", "status"), columns());
    assertEquals(List.of("from the previous release"),
        TestDatabases.query(database, "SELECT display_name FROM account"));
  }

  private List<String> columns() {
    return TestDatabases.query(database, "SELECT column_name FROM information_schema.columns "
        + "WHERE table_name = 'account' ORDER BY column_name");
  }

  private ConfigurableApplicationContext start(String... properties) {
    return new SpringApplicationBuilder(TestApplication.class)
        .resourceLoader(new DefaultResourceLoader(withLedgerUnit()))
        .web(WebApplicationType.NONE)
        .properties("spring.datasource.url=" + ((PGSimpleDataSource) database).getURL(),
            "spring.datasource.username=postgres", "spring.jpa.hibernate.ddl-auto=validate")
        .properties(properties)
        .run();
  }

  /** The test class path plus the ledger unit's index and snapshot. */
  private static ClassLoader withLedgerUnit() {
    Path resources = Path.of("..", "spring-boot-tests-shared", "src", "test", "ledger-unit");
    assertTrue(Files.isDirectory(resources), resources.toAbsolutePath()::toString);
    try {
      return new URLClassLoader(new URL[] {resources.toUri().toURL()},
          RollingDeployStarterTest.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
