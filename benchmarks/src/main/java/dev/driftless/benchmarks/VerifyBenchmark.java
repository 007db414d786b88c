package dev.driftless.benchmarks;

import static dev.driftless.benchmarks.MigrateBenchmark.median;

import dev.driftless.DriftReport;
import dev.driftless.Driftless;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.SchemaValidationException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * Times Driftless's drift check against Hibernate ORM's schema validation on the same database.
 *
 * <p>For each size: generate {@code n} entities, compile them with the Driftless processor,
 * migrate a fresh embedded PostgreSQL with the generated revision, then time
 * {@code Driftless.check()} and Hibernate's {@code SessionFactory.getSchemaManager().validate()}
 * (the Jakarta Persistence 3.2 API for {@code hbm2ddl validate}) alternately, after warm-up
 * rounds, reporting the median and the database round trips of one run. The Hibernate session
 * factory is built once per size and not timed: only validation is compared.
 *
 * <p>Usage: {@code VerifyBenchmark [sizes...] [--rounds N]}; see docs/benchmarks.md.
 */
public final class VerifyBenchmark {

  /** One size's figures. */
  public record Result(int tables, double driftlessMillis, long driftlessRoundTrips,
      double hibernateMillis, long hibernateRoundTrips) {

    double speedup() {
      return hibernateMillis / driftlessMillis;
    }
  }

  private VerifyBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = new ArrayList<>();
    int rounds = 5;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--rounds")) {
        rounds = Integer.parseInt(args[++i]);
      } else {
        sizes.add(Integer.parseInt(args[i]));
      }
    }
    if (sizes.isEmpty()) {
      sizes = List.of(100, 1000, 5000);
    }
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      List<Result> results = new ArrayList<>();
      for (int size : sizes) {
        Result result = run(postgres, size, rounds);
        results.add(result);
        System.out.println(row(result));
      }
      System.out.println();
      System.out.println("| tables | Driftless check (median ms) | round trips | Hibernate "
          + "validate (median ms) | round trips | Hibernate / Driftless |");
      System.out.println("|---:|---:|---:|---:|---:|---:|");
      results.forEach(r -> System.out.println(row(r)));
    }
  }

  static String row(Result r) {
    return String.format("| %d | %.1f | %d | %.1f | %d | %.1fx |", r.tables(),
        r.driftlessMillis(), r.driftlessRoundTrips(), r.hibernateMillis(),
        r.hibernateRoundTrips(), r.speedup());
  }

  /** Measures one size on its own fresh database. */
  public static Result run(EmbeddedPostgres postgres, int size, int rounds) throws Exception {
    return run(postgres, size, rounds, null);
  }

  /**
   * Measures one size; {@code sabotage}, if given, is SQL run after migrating, to show that
   * both checks notice it (they then throw instead of returning figures).
   */
  static Result run(EmbeddedPostgres postgres, int size, int rounds, String sabotage)
      throws Exception {
    Path project = Files.createTempDirectory("driftless-bench-" + size);
    Path classes = ModelCompiler.compile(project, GeneratedModel.write(project.resolve("src"),
        size));
    DataSource database = freshDatabase(postgres, "bench_" + size + "_" + System.nanoTime());
    CountingDataSource counted = new CountingDataSource(database);
    try (URLClassLoader model = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        VerifyBenchmark.class.getClassLoader())) {
      Driftless driftless = Driftless.configure().dataSource(counted.dataSource())
          .classLoader(model).load();
      driftless.migrate();
      if (sabotage != null) {
        try (Connection connection = database.getConnection();
            Statement statement = connection.createStatement()) {
          statement.execute(sabotage);
        }
      }
      try (SessionFactory hibernate = hibernate(model, counted.dataSource(),
          GeneratedModel.classNames(size))) {
        Supplier<Object> ours = () -> {
          DriftReport report = driftless.check();
          if (!report.isClean()) {
            throw new IllegalStateException("unexpected drift:\n" + report.format());
          }
          return report;
        };
        Supplier<Object> theirs = () -> {
          try {
            hibernate.getSchemaManager().validate();
          } catch (SchemaValidationException e) {
            throw new IllegalStateException("Hibernate rejects the schema: " + e.getMessage(), e);
          }
          return null;
        };
        for (int i = 0; i < 2; i++) { // warm-up: class loading, JIT, catalog caches
          theirs.get();
          ours.get();
        }
        counted.reset();
        ours.get();
        long ourTrips = counted.roundTrips();
        counted.reset();
        theirs.get();
        long theirTrips = counted.roundTrips();
        double[] ourTimes = new double[rounds];
        double[] theirTimes = new double[rounds];
        for (int i = 0; i < rounds; i++) {
          ourTimes[i] = time(ours);
          theirTimes[i] = time(theirs);
        }
        return new Result(size, median(ourTimes), ourTrips, median(theirTimes), theirTrips);
      }
    }
  }

  /** Hibernate on {@code classNames}, loaded from {@code model}, validating nothing by itself. */
  static SessionFactory hibernate(ClassLoader model, DataSource dataSource,
      List<String> classNames) throws ClassNotFoundException {
    BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
        .applyClassLoader(model).build();
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
        .applySetting("hibernate.connection.datasource", dataSource)
        .applySetting("hibernate.hbm2ddl.auto", "none")
        .build();
    MetadataSources sources = new MetadataSources(registry);
    for (String name : classNames) {
      sources.addAnnotatedClass(Class.forName(name, true, model));
    }
    return sources.buildMetadata().buildSessionFactory();
  }

  /** A new empty database {@code name} on {@code postgres}. */
  static DataSource freshDatabase(EmbeddedPostgres postgres, String name)
      throws Exception {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    return postgres.getDatabase("postgres", name);
  }

  private static double time(Supplier<Object> work) {
    long start = System.nanoTime();
    work.get();
    return (System.nanoTime() - start) / 1_000_000.0;
  }

}
