package dev.driftless.spring.boot.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.Driftless;
import dev.driftless.spring.boot.DriftlessUnits;
import dev.driftless.spring.boot.it.reactive.ReactiveApplication;
import dev.driftless.spring.boot.it.reactive.ReactiveItem;
import dev.driftless.spring.boot.it.reactive.ReactiveItemRepository;
import dev.driftless.testing.TestDatabases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * A WebFlux + R2DBC application with no {@code DataSource} bean: the starter migrates over a
 * JDBC connection of its own, derived from {@code spring.r2dbc.url} or given as
 * {@code driftless.url}, before the R2DBC connection factory and repositories exist.
 */
class ReactiveStarterTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final DataSource database = TestDatabases.fresh();
  private final PGSimpleDataSource postgres = (PGSimpleDataSource) database;
  private final String r2dbcUrl = "r2dbc:postgresql://localhost:" + postgres.getPortNumbers()[0]
      + "/" + postgres.getDatabaseName();

  @Test
  void migratesFromTheR2dbcUrlBeforeTheRepositoriesAreUsed() throws Exception {
    try (ConfigurableApplicationContext context = start(EarlyReader.class,
        "spring.r2dbc.url=" + r2dbcUrl, "spring.r2dbc.username=postgres")) {
      assertEquals(0L, context.getBean(EarlyReader.class).itemsAtStartUp);
      ReactiveItemRepository items = context.getBean(ReactiveItemRepository.class);
      items.save(new ReactiveItem(null, "sprocket", 7)).block(WAIT);

      assertEquals("[\"sprocket\"]", get(context, "/items"));
      assertEquals(1L, context.getBean(DatabaseClient.class)
          .sql("SELECT count(*) FROM driftless_history WHERE outcome = 'applied'")
          .map(row -> row.get(0, Long.class)).one().block(WAIT));
      assertTrue(context.getBean(Driftless.class).check().isClean());
    }
  }

  @Test
  void migratesWithDriftlessUrlWhenTheR2dbcUrlCannotBeTranslated() {
    try (ConfigurableApplicationContext context = start(
        "spring.r2dbc.url=" + r2dbcUrl + "?applicationName=reactive",
        "spring.r2dbc.username=postgres",
        "driftless.url=" + postgres.getURL(), "driftless.user=postgres")) {
      assertEquals(List.of("1"), TestDatabases.query(database,
          "SELECT count(*) FROM driftless_history WHERE outcome = 'applied'"));
    }
  }

  @Test
  void aNamedUnitWithItsOwnUrlIsMigratedThereToo() {
    DataSource reporting = TestDatabases.fresh();
    try (ConfigurableApplicationContext context = start(
        "spring.r2dbc.url=" + r2dbcUrl, "spring.r2dbc.username=postgres",
        "driftless.units.reporting.url=" + ((PGSimpleDataSource) reporting).getURL(),
        "driftless.units.reporting.user=postgres")) {
      assertEquals(List.of("1"), TestDatabases.query(database,
          "SELECT count(*) FROM driftless_history WHERE outcome = 'applied'"));
      assertEquals(List.of("7e9f0a1b2c3d"), TestDatabases.query(reporting,
          "SELECT revision_id FROM driftless_history_reporting WHERE outcome = 'applied'"));
      assertTrue(context.getBean(DriftlessUnits.class).get("reporting").check().isClean());
    }
  }

  @Test
  void anR2dbcUrlWithOptionsAndNoDriftlessUrlStopsStartUpSayingWhatToSet() {
    Exception failure = assertThrows(Exception.class, () -> start(
        "spring.r2dbc.url=" + r2dbcUrl + "?applicationName=reactive",
        "spring.r2dbc.username=postgres"));

    StringBuilder messages = new StringBuilder();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      messages.append(cause.getMessage()).append('\n');
    }
    assertTrue(messages.toString().contains("set driftless.url"), messages.toString());
    assertEquals(List.of("0"), TestDatabases.query(database,
        "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
  }

  /**
   * Queries the migrated table while the context is still being built, as an application's
   * cache warm-up would: it fails unless the connection factory waited for the migration.
   */
  @Configuration(proxyBeanMethods = false)
  static class EarlyReader {
    final long itemsAtStartUp;

    EarlyReader(DatabaseClient client) {
      itemsAtStartUp = client.sql("SELECT count(*) FROM item")
          .map(row -> row.get(0, Long.class)).one().block(WAIT);
    }
  }

  private ConfigurableApplicationContext start(String... properties) {
    return start(ReactiveApplication.class, properties);
  }

  private ConfigurableApplicationContext start(Class<?> extra, String... properties) {
    return new SpringApplicationBuilder(ReactiveApplication.class, extra)
        .web(WebApplicationType.REACTIVE)
        .properties("server.port=0")
        .properties(properties)
        .run();
  }

  private static String get(ConfigurableApplicationContext context, String path)
      throws Exception {
    String port = context.getEnvironment().getRequiredProperty("local.server.port");
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }
}
