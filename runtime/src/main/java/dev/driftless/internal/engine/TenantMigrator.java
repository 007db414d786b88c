package dev.driftless.internal.engine;

import dev.driftless.MigrateResult;
import dev.driftless.MigrationException;
import dev.driftless.TenantResult;
import dev.driftless.ops.SchemaTranslator;
import dev.driftless.schema.QualifiedName;
import dev.driftless.sql.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * Applies the same revisions to many schemas, one per tenant, with bounded parallelism.
 *
 * <p>Revisions are written for {@code public}; for each tenant every name in {@code public} is
 * moved to the tenant's schema, connections search that schema first, and the tenant has its own
 * version table (and so its own migration lock) in its schema. Tenants are independent: one
 * tenant's failure is reported in its result and does not stop or touch the others.
 */
public final class TenantMigrator {
  private final DataSource dataSource;
  private final RevisionGraph graph;
  private final Dialect dialect;
  private final MigrationSettings settings;

  /**
   * @param settings the settings of every tenant's migrator; each tenant's version table has the
   *     name of {@code settings.versionTable()}, in the tenant's schema
   */
  public TenantMigrator(DataSource dataSource, RevisionGraph graph, Dialect dialect,
      MigrationSettings settings) {
    this.dataSource = dataSource;
    this.graph = graph;
    this.dialect = dialect;
    this.settings = settings;
  }

  /** Migrates every schema to {@code target}, at most {@code parallelism} at a time. */
  public List<TenantResult> upgrade(List<String> schemas, String target, int parallelism) {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1: " + parallelism);
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism,
        Math.max(1, schemas.size())));
    try {
      List<Future<TenantResult>> runs = new ArrayList<>();
      for (String schema : schemas) {
        runs.add(pool.submit(() -> upgradeOne(schema, target)));
      }
      List<TenantResult> results = new ArrayList<>();
      for (Future<TenantResult> run : runs) {
        results.add(run.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MigrationException(null, "Interrupted while migrating tenants", null, null, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("tenant runs report failures in their results", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private TenantResult upgradeOne(String schema, String target) {
    long started = System.nanoTime();
    try {
      SchemaTranslator translator = new SchemaTranslator(QualifiedName.DEFAULT_SCHEMA, schema);
      Migrator migrator = new Migrator(new SearchPathDataSource(dataSource, schema),
          graph.translated(translator), dialect, settings.inSchema(schema));
      MigrateResult result = migrator.upgrade(target);
      return new TenantResult(schema, result, null, (System.nanoTime() - started) / 1_000_000);
    } catch (RuntimeException e) {
      return new TenantResult(schema, null, e, (System.nanoTime() - started) / 1_000_000);
    }
  }
}
