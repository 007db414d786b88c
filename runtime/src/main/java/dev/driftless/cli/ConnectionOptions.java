package dev.driftless.cli;

import dev.driftless.Driftless;
import dev.driftless.DriftlessConfiguration;
import dev.driftless.JdbcUrls;
import dev.driftless.internal.engine.UnitPaths;
import dev.driftless.schema.QualifiedName;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import picocli.CommandLine.Option;

/** Where the database and the application's revisions are: shared by the commands. */
final class ConnectionOptions {

  @Option(names = "--url", defaultValue = "${env:DRIFTLESS_URL}",
      description = "JDBC URL, e.g. jdbc:postgresql://localhost:5432/app (env DRIFTLESS_URL)")
  String url;

  @Option(names = "--user", defaultValue = "${env:DRIFTLESS_USER}",
      description = "Database user (env DRIFTLESS_USER)")
  String user;

  @Option(names = "--password", defaultValue = "${env:DRIFTLESS_PASSWORD}",
      description = "Database password (env DRIFTLESS_PASSWORD)")
  String password;

  @Option(names = {"--classpath", "-cp"}, paramLabel = "PATH",
      description = "The application's jar(s) or class directories holding its revisions, "
          + "separated as in java -cp (default: this tool's class path)")
  String classpath;

  @Option(names = "--unit", paramLabel = "NAME", defaultValue = "${env:DRIFTLESS_UNIT}",
      description = "The schema unit, as its processor's -Adriftless.unit names it (env "
          + "DRIFTLESS_UNIT; default: the unnamed unit). `driftless units` lists them.")
  String unit;

  @Option(names = "--version-table", paramLabel = "SCHEMA.TABLE",
      description = "Version table (default: public.driftless_history, or "
          + "public.driftless_history_NAME for --unit NAME)")
  String versionTable;

  /** A loaded Driftless; {@code needsDatabase} false for offline commands. */
  Driftless load(boolean needsDatabase) {
    return load(needsDatabase, classLoader());
  }

  /** A loaded Driftless that reads the revisions through {@code classLoader}. */
  Driftless load(boolean needsDatabase, ClassLoader classLoader) {
    return configure(needsDatabase, classLoader).load();
  }

  /** The configuration these options give, for a command to add its own settings to. */
  DriftlessConfiguration configure(boolean needsDatabase) {
    return configure(needsDatabase, classLoader());
  }

  private DriftlessConfiguration configure(boolean needsDatabase, ClassLoader classLoader) {
    QualifiedName table = versionTableName();
    DriftlessConfiguration configuration = Driftless.configure().classLoader(classLoader)
        .unit(unit()).versionTable(table.schema(), table.name());
    if (needsDatabase) {
      configuration.dataSource(dataSource());
    }
    return configuration;
  }

  /** The database named by the options. */
  DataSource dataSource() {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("No database: give --url or set DRIFTLESS_URL");
    }
    return JdbcUrls.postgres(url, user, password);
  }

  /** The unit the options name; the unnamed one when none is given. */
  String unit() {
    return unit == null || unit.isBlank() ? UnitPaths.DEFAULT : unit.strip();
  }

  QualifiedName versionTableName() {
    return versionTable == null || versionTable.isBlank()
        ? new UnitPaths(unit()).defaultVersionTable() : QualifiedName.parse(versionTable);
  }

  ClassLoader classLoader() {
    ClassLoader parent = ConnectionOptions.class.getClassLoader();
    if (classpath == null || classpath.isBlank()) {
      return parent;
    }
    List<URL> urls = new ArrayList<>();
    for (String entry : classpath.split(File.pathSeparator)) {
      try {
        urls.add(new File(entry).toURI().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException("Bad --classpath entry " + entry, e);
      }
    }
    return new URLClassLoader(urls.toArray(URL[]::new), parent);
  }
}
