package dev.driftless.testing;

import dev.driftless.Driftless;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.postgresql.ds.PGSimpleDataSource;

/** A separate JVM that migrates, for tests that kill it: {@code MigrateMain URL CLASSES_DIR}. */
public final class MigrateMain {
  private MigrateMain() {}

  public static void main(String[] args) throws Exception {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(args[0]);
    dataSource.setUser("postgres");
    // Lets PostgreSQL notice a dead client during a long statement (PostgreSQL 14 and later).
    dataSource.setOptions("-c client_connection_check_interval=200");
    try (URLClassLoader revisions = new URLClassLoader(
        new URL[] {Path.of(args[1]).toUri().toURL()}, MigrateMain.class.getClassLoader())) {
      System.out.println("migrating");
      Driftless.configure().dataSource(dataSource).classLoader(revisions).load().migrate();
      System.out.println("migrated");
    }
  }
}
