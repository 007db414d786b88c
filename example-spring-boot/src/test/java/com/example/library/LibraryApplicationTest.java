package com.example.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the example as {@code main} does, on its embedded PostgreSQL and a random port, and
 * calls its endpoint: the revisions were applied, Hibernate validated, and the books are there.
 */
class LibraryApplicationTest {

  @Test
  void startsOnItsOwnDatabaseAndServesTheBooks() throws Exception {
    try (ConfigurableApplicationContext context =
        SpringApplication.run(LibraryApplication.class, "--server.port=0")) {
      String port = context.getEnvironment().getRequiredProperty("local.server.port");
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/books")).build(),
          HttpResponse.BodyHandlers.ofString());

      assertEquals(200, response.statusCode(), response.body());
      assertTrue(response.body().contains(
          "{\"title\":\"A Wizard of Earthsea\",\"author\":\"Ursula K. Le Guin\",\"copies\":2}"),
          response.body());
    }
  }
}
