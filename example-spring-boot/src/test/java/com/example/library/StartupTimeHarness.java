package com.example.library;

import dev.driftless.Driftless;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How much start-up time the starter adds: starts the example repeatedly in one JVM, on one
 * embedded PostgreSQL with a fresh database per start, in three modes taken in turn, and prints
 * the median time of {@code SpringApplication.run} per mode. Not a test (it asserts nothing);
 * run it with {@code -Dstartup.runs=7} (see docs/benchmarks.md).
 */
@EnabledIfSystemProperty(named = "startup.runs", matches = "\\d+")
class StartupTimeHarness {

  enum Mode {
    /** driftless.enabled=false on a database migrated beforehand, untimed: the baseline. */
    OFF,
    /** The starter on an empty database: migrate (one revision) and verify. */
    FIRST_START,
    /** The starter on a migrated database, the usual restart: nothing pending, verify. */
    RESTART
  }

  @Test
  void measure() throws Exception {
    int runs = Integer.getInteger("startup.runs");
    int warmUp = 2;
    Map<Mode, List<Long>> millis = new EnumMap<>(Mode.class);
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      for (int round = 0; round < warmUp + runs; round++) {
        for (Mode mode : Mode.values()) {
          String database = "startup_" + round + "_" + mode.name().toLowerCase();
          long elapsed = time(postgres, database, mode);
          if (round >= warmUp) {
            millis.computeIfAbsent(mode, m -> new ArrayList<>()).add(elapsed);
          }
        }
      }
    }
    long baseline = median(millis.get(Mode.OFF));
    for (Mode mode : Mode.values()) {
      long median = median(millis.get(mode));
      System.out.printf("STARTUP %-11s median %5d ms (%+d ms vs OFF)  runs %s%n",
          mode, median, median - baseline, millis.get(mode));
    }
  }

  private static long time(EmbeddedPostgres postgres, String database, Mode mode)
      throws Exception {
    DataSource admin = postgres.getPostgresDatabase();
    try (Connection connection = admin.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + database);
    }
    if (mode != Mode.FIRST_START) {
      // Untimed: the database as the previous deploy left it.
      Driftless.configure().dataSource(postgres.getDatabase("postgres", database)).load()
          .migrate();
    }
    long start = System.nanoTime();
    try (ConfigurableApplicationContext context = SpringApplication.run(
        LibraryApplication.class, "--server.port=0",
        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", database),
        "--spring.datasource.username=postgres",
        "--driftless.enabled=" + (mode != Mode.OFF),
        // Quiet, but for the starter's own "Driftless start-up took … ms" line.
        "--logging.level.root=warn",
        "--logging.level.dev.driftless.spring.boot.DriftlessInitializer=info")) {
      return (System.nanoTime() - start) / 1_000_000;
    }
  }

  private static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
