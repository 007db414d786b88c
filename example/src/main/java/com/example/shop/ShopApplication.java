package com.example.shop;

import dev.driftless.DriftReport;
import dev.driftless.Driftless;
import dev.driftless.JdbcUrls;
import dev.driftless.MigrateResult;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The example application's start-up: migrate the database to the newest revision, then verify
 * that it matches the committed snapshot, as a real service would before taking traffic.
 *
 * <p>With no JDBC URL (first argument or {@code DRIFTLESS_URL}) it starts an embedded PostgreSQL,
 * so it runs on any machine with a JDK. {@code DRIFTLESS_USER} and {@code DRIFTLESS_PASSWORD}
 * give the credentials for a real database.
 */
public final class ShopApplication {

  private ShopApplication() {}

  public static void main(String[] args) throws IOException {
    String url = args.length > 0 ? args[0] : System.getenv("DRIFTLESS_URL");
    if (url != null && !url.isBlank()) {
      PGSimpleDataSource dataSource = new PGSimpleDataSource();
      try {
        dataSource.setUrl(url);
      } catch (IllegalArgumentException e) {
        // The driver's message is the whole URL, password and all.
        throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + JdbcUrls.redact(url));
      }
      // Unset, the URL's own user and password (if any) stay.
      if (System.getenv("DRIFTLESS_USER") != null) {
        dataSource.setUser(System.getenv("DRIFTLESS_USER"));
      }
      if (System.getenv("DRIFTLESS_PASSWORD") != null) {
        dataSource.setPassword(System.getenv("DRIFTLESS_PASSWORD"));
      }
      System.out.println("Using the database at " + JdbcUrls.redact(url));
      run(dataSource);
      return;
    }
    System.out.println("No JDBC URL given: starting an embedded PostgreSQL...");
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      run(postgres.getPostgresDatabase());
    }
  }

  static void run(DataSource dataSource) {
    Driftless driftless = Driftless.configure().dataSource(dataSource).load();
    System.out.printf("Found %d revision(s) on the class path; the snapshot has %d tables and "
        + "%d sequences.%n", driftless.revisions().size(), driftless.snapshot().tables().size(),
        driftless.snapshot().sequences().size());

    MigrateResult result = driftless.migrate();
    if (result.applied().isEmpty()) {
      System.out.printf("Migrate: the database is up to date (%d revision(s) applied before).%n",
          result.alreadyApplied());
    }
    for (MigrateResult.Applied applied : result.applied()) {
      System.out.printf("Migrate: applied %s (%s): %d statements in %d ms%n", applied.id(),
          applied.message(), applied.statements(), applied.millis());
    }

    MigrateResult again = driftless.migrate();
    System.out.printf("Migrate again: %d revision(s) to apply, nothing done.%n",
        again.applied().size());

    DriftReport report = driftless.verify();
    System.out.println("Verify: " + report.format());
  }
}
