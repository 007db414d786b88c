package dev.driftless.spring.boot.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.driftless.spring.boot.it.app.Item;
import dev.driftless.spring.boot.it.app.ItemRepository;
import dev.driftless.spring.boot.it.app.TestApplication;
import dev.driftless.testing.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of one application starting at once against one empty database, as a rolling
 * deploy or a scaled-out service does: the migration lock lets one migrate while the other
 * waits, then finds nothing pending and only verifies.
 */
class ConcurrentStartTest {
  /**
   * Boot's logging system is per JVM, and two SpringApplications initializing it at the same
   * moment race on the system properties it sets (seen as "Unknown format
   * 'CONSOLE_LOG_STRUCTURED_FORMAT_IS_UNDEFINED'"). Real instances are separate JVMs; here the
   * two contexts leave logging as the JVM has it, which is not what this test is about.
   */
  private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";
  private final DataSource database = TestDatabases.fresh();
  private final String url = ((PGSimpleDataSource) database).getURL();

  @Test
  void twoInstancesStartingTogetherApplyEachRevisionOnce() throws Exception {
    int instances = 2;
    // Set before either thread starts; read by each SpringApplication as it starts.
    String loggingSystem = System.setProperty(LOGGING_SYSTEM, "none");
    // Both threads enter SpringApplication.run together, so their migrations overlap rather
    // than the second starting after the first has finished.
    CyclicBarrier together = new CyclicBarrier(instances);
    ExecutorService threads = Executors.newFixedThreadPool(instances);
    List<Future<ConfigurableApplicationContext>> starts = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      starts.add(threads.submit(() -> {
        together.await(1, TimeUnit.MINUTES);
        return start();
      }));
    }
    List<ConfigurableApplicationContext> contexts = new ArrayList<>();
    try {
      // get() rethrows a start-up failure of either instance, failing the test with it.
      for (Future<ConfigurableApplicationContext> start : starts) {
        contexts.add(start.get(3, TimeUnit.MINUTES));
      }
      contexts.get(0).getBean(ItemRepository.class).save(new Item("gear", 4));
      assertEquals(List.of("gear"), contexts.get(1).getBean(ItemRepository.class).findAll()
          .stream().map(Item::getName).toList());
    } finally {
      if (loggingSystem == null) {
        System.clearProperty(LOGGING_SYSTEM);
      } else {
        System.setProperty(LOGGING_SYSTEM, loggingSystem);
      }
      contexts.forEach(ConfigurableApplicationContext::close);
      threads.shutdownNow();
    }

    assertEquals(List.of("1"), TestDatabases.query(database,
        "SELECT count(*) FROM driftless_history"));
    assertEquals(List.of("1"), TestDatabases.query(database,
        "SELECT count(*) FROM driftless_history WHERE outcome = 'applied'"));
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(TestApplication.class)
        .web(WebApplicationType.NONE)
        .properties("spring.datasource.url=" + url, "spring.datasource.username=postgres",
            "spring.jpa.hibernate.ddl-auto=validate")
        .run();
  }
}
