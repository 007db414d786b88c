package dev.driftless.benchmarks;

import dev.driftless.MigrateResult;
import dev.driftless.TenantResult;
import dev.driftless.engine.Migration;
import dev.driftless.internal.engine.LoadedRevision;
import dev.driftless.internal.engine.MigrationSettings;
import dev.driftless.internal.engine.Migrator;
import dev.driftless.internal.engine.RevisionGraph;
import dev.driftless.internal.engine.TenantMigrator;
import dev.driftless.internal.engine.VersionTable;
import dev.driftless.ops.Ops;
import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.Index;
import dev.driftless.schema.Table;
import dev.driftless.sql.PostgresDialect;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Times the migrator: (1) applying {@code n} revisions to an empty database, against the baseline
 * of {@code psql} running the equivalent offline script (same statements, same transactions, same
 * version-table rows) on another empty database; (2) migrating {@code t} tenant schemas at
 * several levels of parallelism. Medians of repeated runs, each on a fresh database.
 *
 * <p>Usage: {@code MigrateBenchmark [--revisions N] [--tenants T] [--rounds R]}; see
 * docs/benchmarks.md. Without {@code psql} on the PATH the baseline runs the script over JDBC.
 */
public final class MigrateBenchmark {
  private MigrateBenchmark() {}

  /** Revision {@code i} creates one table of six columns with an index and a foreign key. */
  static List<LoadedRevision> revisions(int n) {
    List<LoadedRevision> revisions = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      int number = i;
      String table = String.format("r%04d", i);
      Migration migration = new Migration() {
        @Override
        public void upgrade(Ops op) {
          Table.Builder builder = Table.builder("public", table)
              .column(Column.of("id", ColumnType.bigint()).generatedAsIdentity())
              .column(Column.of("name", ColumnType.varchar(100)).notNull())
              .column(Column.of("amount", ColumnType.numeric(12, 2)))
              .column(Column.of("created_at", ColumnType.timestampTz(6)).notNull()
                  .defaultValue("now()"))
              .column(Column.of("active", ColumnType.bool()).notNull().defaultValue("true"))
              .column(Column.of("previous_id", ColumnType.bigint()))
              .primaryKey(table + "_pkey", "id")
              .index(Index.of(table + "_name_idx", "name"));
          if (number > 1) {
            builder.foreignKey(dev.driftless.schema.ForeignKey.named(table + "_previous_id_fkey")
                .columns("previous_id").references("public", String.format("r%04d", number - 1),
                    "id"));
          }
          op.createTable(builder.build());
        }

        @Override
        public void downgrade(Ops op) {
          op.dropTable("public", table);
        }
      };
      revisions.add(new LoadedRevision(String.format("%04d", i),
          i == 1 ? List.of() : List.of(String.format("%04d", i - 1)), "create " + table,
          migration));
    }
    return revisions;
  }

  public static void main(String[] args) throws Exception {
    int revisionCount = 1000;
    int tenantCount = 1000;
    int rounds = 3;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--revisions" -> revisionCount = Integer.parseInt(args[++i]);
        case "--tenants" -> tenantCount = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      double[] ours = new double[rounds];
      double[] baseline = new double[rounds];
      String tool = null;
      for (int r = 0; r < rounds; r++) {
        ours[r] = migrate(postgres, revisionCount);
        Baseline result = psql(postgres, revisionCount);
        baseline[r] = result.millis();
        tool = result.tool();
      }
      double median = median(ours);
      double base = median(baseline);
      System.out.printf("| %d revisions | Driftless migrate %.0f ms | %s %.0f ms | overhead %+.1f%% |%n",
          revisionCount, median, tool, base, (median / base - 1) * 100);
      for (int parallelism : List.of(1, 2, 4, 8)) {
        double[] times = new double[rounds];
        for (int r = 0; r < rounds; r++) {
          times[r] = tenants(postgres, tenantCount, parallelism);
        }
        System.out.printf("| %d tenants x 3 revisions | parallelism %d | %.0f ms |%n",
            tenantCount, parallelism, median(times));
      }
    }
  }

  /** Driftless applying {@code n} revisions to a fresh database; milliseconds. */
  static double migrate(EmbeddedPostgres postgres, int n) throws Exception {
    DataSource database = fresh(postgres);
    Migrator migrator = new Migrator(database, new RevisionGraph(revisions(n)),
        new PostgresDialect(), MigrationSettings.defaults());
    long started = System.nanoTime();
    MigrateResult result = migrator.migrate();
    double millis = (System.nanoTime() - started) / 1e6;
    if (result.applied().size() != n) {
      throw new IllegalStateException("applied " + result.applied().size() + " of " + n);
    }
    return millis;
  }

  record Baseline(String tool, double millis) {}

  /** The same migration as an offline script, run by psql (or JDBC without psql). */
  static Baseline psql(EmbeddedPostgres postgres, int n) throws Exception {
    DataSource database = fresh(postgres);
    String script = new Migrator(null, new RevisionGraph(revisions(n)), new PostgresDialect(),
        MigrationSettings.defaults()).upgradeScript("base", "head");
    Path file = Files.createTempFile("driftless-bench", ".sql");
    Files.writeString(file, script);
    String url = ((org.postgresql.ds.PGSimpleDataSource) database).getUrl();
    String name = url.substring(url.lastIndexOf('/') + 1);
    File psql = findOnPath("psql");
    long started = System.nanoTime();
    if (psql != null) {
      Process process = new ProcessBuilder(psql.toString(), "-X", "-q", "-v", "ON_ERROR_STOP=1",
          "-h", "localhost", "-p", Integer.toString(postgres.getPort()), "-U", "postgres",
          "-d", name, "-f", file.toString()).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IllegalStateException("psql failed: " + output);
      }
    } else {
      try (Connection connection = database.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute(script);
      }
    }
    double millis = (System.nanoTime() - started) / 1e6;
    Files.delete(file);
    return new Baseline(psql != null ? "psql" : "JDBC script", millis);
  }

  /** {@code count} tenants, each getting 3 revisions, at {@code parallelism}; milliseconds. */
  static double tenants(EmbeddedPostgres postgres, int count, int parallelism)
      throws Exception {
    DataSource database = fresh(postgres);
    List<String> schemas = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      schemas.add(String.format("tenant_%04d", i));
    }
    TenantMigrator migrator = new TenantMigrator(database, new RevisionGraph(revisions(3)),
        new PostgresDialect(), new MigrationSettings(VersionTable.DEFAULT_NAME,
            Duration.ofMinutes(5), null, null, dev.driftless.OutOfOrder.REFUSE));
    long started = System.nanoTime();
    List<TenantResult> results = migrator.upgrade(schemas, "head", parallelism);
    double millis = (System.nanoTime() - started) / 1e6;
    long failed = results.stream().filter(r -> !r.succeeded()).count();
    if (failed > 0) {
      throw new IllegalStateException(failed + " tenants failed, e.g. "
          + results.stream().filter(r -> !r.succeeded()).findFirst().orElseThrow().failure());
    }
    return millis;
  }

  private static DataSource fresh(EmbeddedPostgres postgres) throws Exception {
    String name = "bench_" + System.nanoTime();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    return postgres.getDatabase("postgres", name);
  }

  private static File findOnPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      File candidate = new File(dir, program);
      if (candidate.canExecute()) {
        return candidate;
      }
    }
    return null;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
