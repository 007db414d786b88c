package com.example.units.app;

import dev.driftless.Driftless;
import dev.driftless.JdbcUrls;

/**
 * Starts up as an application with two databases does: the catalog unit's and the reporting
 * unit's, each migrated and verified before anything else runs.
 */
public final class UnitsApplication {
  private UnitsApplication() {}

  /** {@code args}: the catalog database's JDBC URL, the reporting one's, and the user. */
  public static void main(String[] args) {
    migrateAndVerify("catalog", args[0], args[2]);
    migrateAndVerify("reporting", args[1], args[2]);
  }

  private static void migrateAndVerify(String unit, String url, String user) {
    Driftless driftless = Driftless.configure().dataSource(JdbcUrls.postgres(url, user, null))
        .unit(unit).load();
    int applied = driftless.migrate().applied().size();
    driftless.verify();
    System.out.println(unit + ": " + applied + " revision(s) applied, no drift");
  }
}
