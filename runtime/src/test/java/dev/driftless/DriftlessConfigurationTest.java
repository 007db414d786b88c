package dev.driftless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.testing.LibraryRevisions;
import dev.driftless.testing.RevisionClassPath;
import dev.driftless.testing.SampleSchemas;
import dev.driftless.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** {@code load()} takes a copy: the configuration can change afterwards, the instance does not. */
class DriftlessConfigurationTest {
  @TempDir Path classes;

  private DriftlessConfiguration library() {
    return Driftless.configure().classLoader(RevisionClassPath.of(classes,
        SampleSchemas.libraryLater(), LibraryRevisions.V1.class, LibraryRevisions.V2.class));
  }

  @Test
  void aLoadedInstanceKeepsTheVersionTableItWasLoadedWith() {
    DriftlessConfiguration configuration = library();
    Driftless loaded = configuration.load();

    configuration.versionTable("elsewhere", "history");

    String script = loaded.upgradeScript("base", "head");
    assertTrue(script.contains("\"public\".\"driftless_history\""), script);
    assertFalse(script.contains("elsewhere"), script);
    assertTrue(configuration.load().upgradeScript("base", "head")
        .contains("\"elsewhere\".\"history\""), "a new load sees the change");
  }

  @Test
  void aDataSourceGivenAfterLoadIsNotUsedByTheLoadedInstance() {
    DriftlessConfiguration configuration = library();
    Driftless offline = configuration.load();

    PGSimpleDataSource unreachable = new PGSimpleDataSource();
    unreachable.setUrl("jdbc:postgresql://127.0.0.1:1/none");
    configuration.dataSource(unreachable);

    IllegalStateException error = assertThrows(IllegalStateException.class, offline::migrate);
    assertTrue(error.getMessage().contains("No data source"), error.getMessage());
  }

  @Test
  void theDriftPolicyAndFiltersAreFixedAtLoad() {
    DataSource database = TestDatabases.fresh();
    DriftlessConfiguration configuration = library().dataSource(database);
    Driftless strict = configuration.load();
    strict.migrate();
    TestDatabases.execute(database, "CREATE TABLE stray (id int)");

    configuration.driftPolicy(DriftPolicy.OFF).excludeObjects("public.stray");

    DriftException drift = assertThrows(DriftException.class, strict::verify);
    assertEquals(List.of("table public.stray"),
        drift.report().differences().stream().map(Difference::object).toList());
    assertTrue(configuration.load().verify().isClean(), "a new load sees the change");
  }

  @Test
  void timeoutsArePostgresMillisecondsOrRejected() {
    DriftlessConfiguration configuration = library()
        .lockTimeout(Duration.ofSeconds(5)).statementTimeout(Duration.ZERO)
        .statementTimeout(Duration.ofMillis(Integer.MAX_VALUE));
    assertThrows(IllegalArgumentException.class,
        () -> configuration.lockTimeout(Duration.ofMillis(-1)));
    assertThrows(IllegalArgumentException.class,
        () -> configuration.lockTimeout(Duration.ofNanos(500_000)), "0.5 ms would mean none");
    assertThrows(IllegalArgumentException.class,
        () -> configuration.statementTimeout(Duration.ofMillis(Integer.MAX_VALUE + 1L)));
    assertThrows(NullPointerException.class, () -> configuration.statementTimeout(null));
  }
}
