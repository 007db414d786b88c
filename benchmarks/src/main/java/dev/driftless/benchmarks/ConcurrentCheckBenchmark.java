package dev.driftless.benchmarks;

import dev.driftless.DriftReport;
import dev.driftless.diff.SchemaDiffer;
import dev.driftless.internal.drift.DriftCheck;
import dev.driftless.internal.drift.DriftFilter;
import dev.driftless.internal.engine.MigrationLock;
import dev.driftless.internal.engine.VersionTable;
import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.Index;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Table;
import dev.driftless.sql.PostgresDialect;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * Times many drift checks that start at the same moment on one database, as when every instance
 * of a service starts together and checks its schema, against one check alone.
 *
 * <p>Three figures per run, each the median of {@code rounds} after warm-up: one check alone;
 * {@code instances} concurrent checks as they run now, sharing the migration lock; and the same
 * checks serialized the way they were before the lock was shared, each first taking an exclusive
 * advisory lock exactly as a migrator does ({@link MigrationLock#acquire}, same polling) on a key
 * of its own, then checking. Every check uses its own new connection, as separate instances would.
 * These checks read the whole catalog (fingerprints off); two more figures time checks whose
 * recorded catalog fingerprint matches, one alone and {@code instances} at once.
 *
 * <p>Usage: {@code ConcurrentCheckBenchmark [--tables N] [--instances N] [--rounds N]};
 * see docs/benchmarks.md.
 */
public final class ConcurrentCheckBenchmark {
  /** The exclusive lock that stands in for the lock checks took before they shared it. */
  private static final QualifiedName SERIAL_LOCK = QualifiedName.of("bench", "serialized");

  /** One run's figures, in milliseconds of wall time. */
  public record Result(int tables, int instances, double oneCheck, double shared,
      double serialized, double oneFingerprinted, double sharedFingerprinted) {}

  private ConcurrentCheckBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<String> options = Arrays.asList(args);
    int tables = option(options, "--tables", 100);
    int instances = option(options, "--instances", 50);
    int rounds = option(options, "--rounds", 5);
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    try (EmbeddedPostgres postgres = start()) {
      Result r = run(postgres, tables, instances, rounds);
      System.out.println("| tables | one check | " + r.instances() + " checks, shared lock | "
          + r.instances() + " checks, serialized (before) | shared / one | serialized / one | "
          + "one check, fingerprint matches | " + r.instances() + " such checks | ratio |");
      System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
      System.out.printf("| %d | %.1f ms | %.1f ms | %.1f ms | %.1fx | %.1fx | %.1f ms | %.1f ms "
              + "| %.1fx |%n", r.tables(),
          r.oneCheck(), r.shared(), r.serialized(), r.shared() / r.oneCheck(),
          r.serialized() / r.oneCheck(), r.oneFingerprinted(), r.sharedFingerprinted(),
          r.sharedFingerprinted() / r.oneFingerprinted());
    }
  }

  /** An embedded PostgreSQL with room for every instance's connection (two each, serialized). */
  static EmbeddedPostgres start() throws java.io.IOException {
    return EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start();
  }

  /** Builds a database of {@code tables} tables, then times the three cases. */
  static Result run(EmbeddedPostgres postgres, int tables, int instances, int rounds)
      throws Exception {
    DataSource database = fresh(postgres);
    Schema schema = schema(tables);
    PostgresDialect dialect = new PostgresDialect();
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      for (var op : new SchemaDiffer().diff(Schema.empty(), schema)) {
        for (String sql : dialect.render(op)) {
          statement.execute(sql);
        }
      }
    }
    try (Connection connection = database.getConnection()) {
      new VersionTable(VersionTable.DEFAULT_NAME, dialect).ensureExists(connection);
    }
    DriftFilter all = new DriftFilter(List.of(), List.of());
    DriftCheck check = new DriftCheck(schema, VersionTable.DEFAULT_NAME, dialect, all,
        MigrationLock.DEFAULT_WAIT, null, false);
    DriftCheck fingerprinted = new DriftCheck(schema, VersionTable.DEFAULT_NAME, dialect, all,
        MigrationLock.DEFAULT_WAIT, null, true);
    Task shared = () -> clean(check.check(database));
    Task fast = () -> clean(fingerprinted.check(database));
    Task serialized = () -> {
      try (Connection connection = database.getConnection();
          MigrationLock lock = MigrationLock.acquire(connection, SERIAL_LOCK,
              Duration.ofMinutes(5))) {
        clean(check.check(database));
      }
    };
    for (int i = 0; i < 2; i++) { // the first fingerprinted check records the fingerprint
      concurrently(1, shared);
      concurrently(instances, shared);
      concurrently(instances, serialized);
      concurrently(1, fast);
      concurrently(instances, fast);
    }
    List<Double> one = new ArrayList<>();
    List<Double> many = new ArrayList<>();
    List<Double> queued = new ArrayList<>();
    List<Double> oneFast = new ArrayList<>();
    List<Double> manyFast = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      one.add(concurrently(1, shared));
      many.add(concurrently(instances, shared));
      queued.add(concurrently(instances, serialized));
      oneFast.add(concurrently(1, fast));
      manyFast.add(concurrently(instances, fast));
    }
    return new Result(tables, instances, median(one), median(many), median(queued),
        median(oneFast), median(manyFast));
  }

  private interface Task {
    void run() throws Exception;
  }

  /** Starts {@code count} tasks at one moment; the wall time until the last one ends, in ms. */
  private static double concurrently(int count, Task task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      CountDownLatch ready = new CountDownLatch(count);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> runs = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        runs.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          task.run();
          return null;
        }));
      }
      ready.await();
      long started = System.nanoTime();
      go.countDown();
      for (Future<?> run : runs) {
        run.get();
      }
      return (System.nanoTime() - started) / 1e6;
    } finally {
      pool.shutdownNow();
    }
  }

  private static void clean(DriftReport report) {
    if (!report.isClean()) {
      throw new IllegalStateException("the benchmark database drifted: " + report.format());
    }
  }

  /** {@code n} tables like the migrate benchmark's: 6 columns, a key, an index, a foreign key. */
  static Schema schema(int n) {
    List<Table> tables = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      String name = String.format("t%04d", i);
      Table.Builder table = Table.builder("public", name)
          .column(Column.of("id", ColumnType.bigint()).generatedAsIdentity())
          .column(Column.of("name", ColumnType.varchar(100)).notNull())
          .column(Column.of("amount", ColumnType.numeric(12, 2)))
          .column(Column.of("created_at", ColumnType.timestampTz(6)).notNull())
          .column(Column.of("active", ColumnType.bool()).notNull())
          .column(Column.of("previous_id", ColumnType.bigint()))
          .primaryKey(name + "_pkey", "id")
          .index(Index.of(name + "_name_idx", "name"));
      if (i > 1) {
        table.foreignKey(ForeignKey.named(name + "_previous_id_fkey").columns("previous_id")
            .references("public", String.format("t%04d", i - 1), "id"));
      }
      tables.add(table.build());
    }
    return new Schema(tables, List.of());
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  private static int option(List<String> options, String name, int fallback) {
    int at = options.indexOf(name);
    return at < 0 ? fallback : Integer.parseInt(options.get(at + 1));
  }

  private static DataSource fresh(EmbeddedPostgres postgres) throws Exception {
    String name = "bench_" + System.nanoTime();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    return postgres.getDatabase("postgres", name);
  }
}
