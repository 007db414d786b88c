package dev.driftless.benchmarks;

import static dev.driftless.benchmarks.MigrateBenchmark.median;

import dev.driftless.DriftReport;
import dev.driftless.Driftless;
import dev.driftless.internal.catalog.PostgresCatalogReader;
import dev.driftless.internal.engine.VersionTable;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.SchemaValidationException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;

/**
 * Issue #16's drift-check targets on {@link RichModel}, all measured side by side in one run per
 * size, each run on a new connection as at start-up.
 *
 * <ul>
 *   <li>{@code Driftless.check()} against Hibernate's {@code validate()} (target 1);
 *   <li>{@code check()} against the catalog read it contains: connect, then
 *       {@link PostgresCatalogReader#read} (target 2);
 *   <li>the reader's server time, the sum of {@code EXPLAIN (ANALYZE, TIMING OFF)} execution
 *       times of exactly the statements it ran, replayed in order on a new connection, against
 *       bare scans: {@code count(*)} of every catalog the reader reads, also on a new connection
 *       (target 3).
 * </ul>
 *
 * <p>Usage: {@code RichCheckBenchmark [sizes...] [--rounds N] [--plans]}; see docs/benchmarks.md.
 */
public final class RichCheckBenchmark {
  /** Every catalog the reader's queries read; a bare scan counts the rows of each. */
  static final List<String> CATALOGS = List.of("pg_namespace", "pg_type", "pg_enum",
      "pg_class", "pg_description", "pg_attribute", "pg_attrdef", "pg_constraint", "pg_index",
      "pg_am", "pg_sequence", "pg_depend");

  /** One size's figures: medians (and minimums) in milliseconds. */
  public record Result(int tables, double check, double checkMin, long checkRoundTrips,
      double fast, double fastMin, long fastRoundTrips, double recording, double recordingMin,
      double validate, double validateMin, double read, double readMin, double server,
      double serverMin, double bare, double bareMin, Map<String, Double> serverByQuery,
      Map<String, Double> bareByCatalog) {}

  /** The most entities one revision is generated for (see "too many constants"). */
  static final int STEP = 4000;

  private RichCheckBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = new ArrayList<>();
    int rounds = 5;
    boolean plans = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--plans" -> plans = true;
        default -> sizes.add(Integer.parseInt(args[i]));
      }
    }
    if (sizes.isEmpty()) {
      sizes = List.of(1000, 10000);
    }
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      List<Result> results = new ArrayList<>();
      for (int size : sizes) {
        Result result = run(postgres, size, rounds, plans);
        results.add(result);
        System.out.println(result);
      }
      System.out.println();
      System.out.println("| tables | check() | round trips | Hibernate validate() | validate / "
          + "check | catalog read | check / read | reader server time | bare scans | server / "
          + "bare |");
      System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
      for (Result r : results) {
        System.out.printf("| %,d | %.1f (%.1f) | %d | %.1f (%.1f) | %.2fx | %.1f (%.1f) | %.2fx "
                + "| %.1f (%.1f) | %.1f (%.1f) | %.2fx |%n", r.tables(), r.check(), r.checkMin(),
            r.checkRoundTrips(), r.validate(), r.validateMin(), r.validate() / r.check(),
            r.read(), r.readMin(), r.check() / r.read(), r.server(), r.serverMin(), r.bare(),
            r.bareMin(), r.server() / r.bare());
      }
      System.out.println();
      System.out.println("| tables | Hibernate validate() | check(), fingerprint matches | "
          + "round trips | validate / that | check(), no record (reads, records) | that / full "
          + "check |");
      System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
      for (Result r : results) {
        System.out.printf("| %,d | %.1f (%.1f) | %.1f (%.1f) | %d | %.2fx | %.1f (%.1f) | %.2fx |%n",
            r.tables(), r.validate(), r.validateMin(), r.fast(), r.fastMin(), r.fastRoundTrips(),
            r.validate() / r.fast(), r.recording(), r.recordingMin(), r.recording() / r.check());
      }
      for (Result r : results) {
        System.out.println("server time by query at " + r.tables() + " tables (median): "
            + r.serverByQuery());
        System.out.println("bare scans by catalog at " + r.tables() + " tables (median): "
            + r.bareByCatalog());
      }
    }
  }

  /** Measures one size on its own fresh database; prints the reader's plans if asked. */
  public static Result run(EmbeddedPostgres postgres, int size, int rounds, boolean plans)
      throws Exception {
    return run(postgres, size, rounds, plans, STEP);
  }

  /** As {@link #run(EmbeddedPostgres, int, int, boolean)}, compiling {@code step} at a time. */
  static Result run(EmbeddedPostgres postgres, int size, int rounds, boolean plans, int step)
      throws Exception {
    Path project = Files.createTempDirectory("driftless-rich-" + size);
    List<Path> sources = RichModel.write(project.resolve("src"), size);
    // One revision of 10,000 such tables overflows a class file's constant pool ("too many
    // constants"), so the model grows in steps of at most STEP entities, a revision each.
    Path classes = null;
    for (int done = Math.min(size, step); ; done = Math.min(size, done + step)) {
      classes = ModelCompiler.compile(project, sources.subList(0, done));
      if (done == size) {
        break;
      }
    }
    DataSource database = VerifyBenchmark.freshDatabase(postgres,
        "rich_" + size + "_" + System.nanoTime());
    CountingDataSource counted = new CountingDataSource(database);
    try (URLClassLoader model = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        RichCheckBenchmark.class.getClassLoader())) {
      Driftless driftless = Driftless.configure().dataSource(counted.dataSource())
          .classLoader(model).catalogFingerprint(false).load();
      Driftless fingerprinted = Driftless.configure().dataSource(counted.dataSource())
          .classLoader(model).load();
      driftless.migrate();
      try (SessionFactory hibernate = VerifyBenchmark.hibernate(model, database,
          RichModel.classNames(size))) {
        Task check = () -> clean(driftless.check());
        Task fast = () -> clean(fingerprinted.check());
        Task forget = () -> {
          try (Connection connection = database.getConnection();
              Statement statement = connection.createStatement()) {
            statement.execute("COMMENT ON TABLE driftless_history IS NULL");
          }
        };
        Task validate = () -> {
          try {
            hibernate.getSchemaManager().validate();
          } catch (SchemaValidationException e) {
            throw new IllegalStateException("Hibernate rejects the schema: " + e.getMessage(), e);
          }
        };
        Task read = () -> {
          try (Connection connection = database.getConnection()) {
            read(connection);
          }
        };
        List<Recorded> statements = record(database);
        for (int i = 0; i < 2; i++) { // warm-up: class loading, JIT, shared buffers
          validate.run();
          check.run();
          read.run();
          forget.run();
          fast.run();
          fast.run();
        }
        counted.reset();
        check.run();
        long checkTrips = counted.roundTrips();
        counted.reset();
        fast.run();
        long fastTrips = counted.roundTrips();
        if (fastTrips >= checkTrips) {
          throw new IllegalStateException("the fingerprint did not spare the read: " + fastTrips
              + " round trips, the full check " + checkTrips);
        }
        double[] checks = new double[rounds];
        double[] fasts = new double[rounds];
        double[] recordings = new double[rounds];
        double[] validates = new double[rounds];
        double[] reads = new double[rounds];
        double[] servers = new double[rounds];
        double[] bares = new double[rounds];
        Map<String, double[]> byQuery = new LinkedHashMap<>();
        Map<String, double[]> byCatalog = new LinkedHashMap<>();
        for (int i = 0; i < rounds; i++) {
          checks[i] = time(check);
          forget.run();
          recordings[i] = time(fast);
          fasts[i] = time(fast);
          validates[i] = time(validate);
          reads[i] = time(read);
          Map<String, Double> server = serverTimes(database, statements, false);
          for (Map.Entry<String, Double> e : server.entrySet()) {
            byQuery.computeIfAbsent(e.getKey(), k -> new double[rounds])[i] = e.getValue();
          }
          servers[i] = server.values().stream().mapToDouble(Double::doubleValue).sum();
          Map<String, Double> bare = bareScans(database);
          for (Map.Entry<String, Double> e : bare.entrySet()) {
            byCatalog.computeIfAbsent(e.getKey(), k -> new double[rounds])[i] = e.getValue();
          }
          bares[i] = bare.values().stream().mapToDouble(Double::doubleValue).sum();
        }
        if (plans) {
          serverTimes(database, statements, true);
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        byQuery.forEach((query, times) -> medians.put(query, median(times)));
        Map<String, Double> bareMedians = new LinkedHashMap<>();
        byCatalog.forEach((catalog, times) -> bareMedians.put(catalog, median(times)));
        return new Result(size, median(checks), min(checks), checkTrips, median(fasts),
            min(fasts), fastTrips, median(recordings), min(recordings), median(validates),
            min(validates), median(reads), min(reads), median(servers), min(servers),
            median(bares), min(bares), medians, bareMedians);
      }
    }
  }

  private static void clean(DriftReport report) {
    if (!report.isClean()) {
      throw new IllegalStateException("unexpected drift:\n" + report.format());
    }
  }

  private static void read(Connection connection) throws SQLException {
    new PostgresCatalogReader().read(connection, List.of("public"),
        Set.of(VersionTable.DEFAULT_NAME));
  }

  /** One statement the reader prepared, with the array parameters it bound. */
  private record Recorded(String sql, Map<Integer, Object[]> arrays,
      Map<Integer, String> arrayTypes) {}

  /** Runs the reader once on a connection that remembers every statement it prepares. */
  private static List<Recorded> record(DataSource database) throws SQLException {
    List<Recorded> statements = new ArrayList<>();
    try (Connection connection = database.getConnection()) {
      InvocationHandler handler = (self, method, args) -> {
        try {
          Object result = method.invoke(connection, args);
          if (method.getName().equals("prepareStatement")) {
            Recorded recorded = new Recorded((String) args[0], new LinkedHashMap<>(),
                new LinkedHashMap<>());
            statements.add(recorded);
            return recordingStatement((PreparedStatement) result, recorded);
          }
          return result;
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      };
      read((Connection) Proxy.newProxyInstance(RichCheckBenchmark.class.getClassLoader(),
          new Class<?>[] {Connection.class}, handler));
    }
    return statements;
  }

  private static PreparedStatement recordingStatement(PreparedStatement target,
      Recorded recorded) {
    InvocationHandler handler = (self, method, args) -> {
      if (method.getName().equals("setArray")) {
        Array array = (Array) args[1];
        recorded.arrays().put((Integer) args[0], (Object[]) array.getArray());
        recorded.arrayTypes().put((Integer) args[0], array.getBaseTypeName());
      }
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
    return (PreparedStatement) Proxy.newProxyInstance(RichCheckBenchmark.class.getClassLoader(),
        new Class<?>[] {PreparedStatement.class}, handler);
  }

  /**
   * Replays the reader's statements in order on a new connection under {@code EXPLAIN (ANALYZE,
   * TIMING OFF)}: the server's execution time of each (which includes evaluating every output
   * column), keyed by its first line; prints the plans if asked.
   */
  private static Map<String, Double> serverTimes(DataSource database, List<Recorded> statements,
      boolean print) throws SQLException {
    Map<String, Double> times = new LinkedHashMap<>();
    try (Connection connection = database.getConnection()) {
      for (Recorded recorded : statements) {
        try (PreparedStatement explain = connection.prepareStatement(
            "EXPLAIN (ANALYZE, TIMING OFF" + (print ? ", BUFFERS" : "") + ") " + recorded.sql())) {
          for (Map.Entry<Integer, Object[]> array : recorded.arrays().entrySet()) {
            explain.setArray(array.getKey(), connection.createArrayOf(
                recorded.arrayTypes().get(array.getKey()), array.getValue()));
          }
          String label = label(recorded.sql());
          if (print) {
            System.out.println("---- " + label);
          }
          try (ResultSet plan = explain.executeQuery()) {
            while (plan.next()) {
              String line = plan.getString(1);
              if (print) {
                System.out.println(line);
              }
              if (line.startsWith("Execution Time: ")) {
                times.merge(label, executionTime(line), Double::sum);
              }
            }
          }
        }
      }
    }
    return times;
  }

  private static String label(String sql) {
    String first = sql.strip().lines().findFirst().orElse("");
    return first.length() > 40 ? first.substring(0, 40) : first;
  }

  /** Count(*) of every catalog the reader reads, on a new connection: the bare catalog scans. */
  static Map<String, Double> bareScans(DataSource database) throws SQLException {
    Map<String, Double> times = new LinkedHashMap<>();
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      for (String catalog : CATALOGS) {
        try (ResultSet plan = statement.executeQuery(
            "EXPLAIN (ANALYZE, TIMING OFF) SELECT count(*) FROM " + catalog)) {
          while (plan.next()) {
            if (plan.getString(1).startsWith("Execution Time: ")) {
              times.put(catalog, executionTime(plan.getString(1)));
            }
          }
        }
      }
    }
    return times;
  }

  private static double executionTime(String line) {
    return Double.parseDouble(line.substring("Execution Time: ".length()).replace(" ms", ""));
  }

  private interface Task {
    void run() throws Exception;
  }

  private static double time(Task task) throws Exception {
    long start = System.nanoTime();
    task.run();
    return (System.nanoTime() - start) / 1_000_000.0;
  }


  private static double min(double[] values) {
    return Arrays.stream(values).min().orElse(Double.NaN);
  }
}
