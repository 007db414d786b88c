package dev.driftless.spring.boot.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.spring.boot.it.app.TestApplication;
import dev.driftless.testing.TestDatabases;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The {@code driftless} endpoint and health over HTTP, on a web application with Actuator. */
class ActuatorTest {
  private final DataSource database = TestDatabases.fresh();

  @Test
  void theEndpointShowsTheHistoryAndALiveDriftReport() throws Exception {
    try (ConfigurableApplicationContext context = start("driftless.verify.policy=warn")) {
      String clean = get(context, "/actuator/driftless").body();
      assertTrue(clean.contains("\"id\":\"56a2c09cdf32\""), clean);
      assertTrue(clean.contains("\"applied\":true"), clean);
      assertTrue(clean.contains("\"clean\":true"), clean);

      TestDatabases.execute(database, "ALTER TABLE item ADD COLUMN nickname text");

      String drifted = get(context, "/actuator/driftless").body();
      assertTrue(drifted.contains("\"clean\":false"), drifted);
      assertTrue(drifted.contains("column public.item.nickname"), drifted);
    }
  }

  @Test
  void healthIsUpWhenEveryRevisionIsApplied() throws Exception {
    try (ConfigurableApplicationContext context = start()) {
      HttpResponse<String> health = get(context, "/actuator/health/driftless");

      assertEquals(200, health.statusCode(), health.body());
      assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
      assertTrue(health.body().contains("\"applied\":1"), health.body());
    }
  }

  @Test
  void healthIsDownWhileARevisionIsPending() throws Exception {
    try (ConfigurableApplicationContext context = start("driftless.migrate=false",
        "driftless.verify.policy=off", "spring.jpa.hibernate.ddl-auto=none")) {
      HttpResponse<String> health = get(context, "/actuator/health/driftless");

      assertEquals(503, health.statusCode(), health.body());
      assertTrue(health.body().contains("\"pending\":[\"56a2c09cdf32\"]"), health.body());
    }
  }

  @Test
  void withNamedUnitsTheEndpointAndHealthAnswerForEachUnitByName() throws Exception {
    DataSource reporting = TestDatabases.fresh();
    try (ConfigurableApplicationContext context = start(
        "driftless.units.reporting.url=" + ((PGSimpleDataSource) reporting).getURL(),
        "driftless.units.reporting.user=postgres")) {
      String answer = get(context, "/actuator/driftless").body();
      assertTrue(answer.contains("\"units\":{\"(unnamed)\":{\"revisions\":[{\"id\":\"56a2c09cdf32\""),
          answer);
      assertTrue(answer.contains("\"reporting\":{\"revisions\":[{\"id\":\"7e9f0a1b2c3d\""),
          answer);
      assertFalse(answer.contains("\"clean\":false"), answer);

      HttpResponse<String> health = get(context, "/actuator/health/driftless");
      assertEquals(200, health.statusCode(), health.body());
      assertTrue(health.body().contains("\"(unnamed)\":{\"applied\":1,\"pending\":[]}"),
          health.body());
      assertTrue(health.body().contains("\"reporting\":{\"applied\":1,\"pending\":[]}"),
          health.body());
    }
  }

  @Test
  void healthIsDownWhileAUnitHasARevisionPending() throws Exception {
    try (ConfigurableApplicationContext context = start("driftless.units.reporting.enabled=true",
        "driftless.units.reporting.migrate=false",
        "driftless.units.reporting.verify.policy=off")) {
      HttpResponse<String> health = get(context, "/actuator/health/driftless");

      assertEquals(503, health.statusCode(), health.body());
      assertTrue(health.body().contains(
          "\"reporting\":{\"applied\":0,\"pending\":[\"7e9f0a1b2c3d\"]}"), health.body());
    }
  }

  private ConfigurableApplicationContext start(String... properties) {
    return new SpringApplicationBuilder(TestApplication.class)
        .web(WebApplicationType.SERVLET)
        .properties("spring.datasource.url=" + ((PGSimpleDataSource) database).getURL(),
            "spring.datasource.username=postgres", "spring.jpa.hibernate.ddl-auto=validate",
            "server.port=0", "management.endpoints.web.exposure.include=health,driftless",
            "management.endpoint.health.show-details=always")
        .properties(properties)
        .run();
  }

  private static HttpResponse<String> get(ConfigurableApplicationContext context, String path)
      throws IOException, InterruptedException {
    String port = context.getEnvironment().getRequiredProperty("local.server.port");
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
