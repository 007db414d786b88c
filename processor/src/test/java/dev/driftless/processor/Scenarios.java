package dev.driftless.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.DriftReport;
import dev.driftless.internal.drift.DriftCheck;
import dev.driftless.internal.engine.VersionTable;
import dev.driftless.schema.Schema;
import dev.driftless.snapshot.SnapshotCodec;
import dev.driftless.sql.PostgresDialect;
import java.io.File;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import javax.tools.JavaFileObject;

/** What the scenario-style processor tests share: model sources, the snapshot, the database. */
final class Scenarios {
  private Scenarios() {}

  static JavaFileObject model(String mainClass, String body) {
    return ProcessorHarness.source("test.model." + mainClass,
        "package test.model;",
        "import jakarta.persistence.*;",
        "import dev.driftless.annotations.*;",
        "import org.hibernate.annotations.JdbcTypeCode;",
        "import org.hibernate.annotations.Check;",
        "import org.hibernate.annotations.ColumnDefault;",
        "import org.hibernate.annotations.Comment;",
        "import org.hibernate.type.SqlTypes;",
        body);
  }

  static Schema snapshot(ProcessorHarness harness) throws Exception {
    return new SnapshotCodec().read(Files.readString(harness.snapshot()), "snapshot");
  }

  static void assertClean(DataSource database, Schema snapshot, String step) {
    DriftReport report = new DriftCheck(snapshot, VersionTable.DEFAULT_NAME,
        new PostgresDialect()).check(database);
    assertTrue(report.isClean(), () -> step + ":\n" + report.format());
  }

  static int count(DataSource database, String query) throws Exception {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      int count = 0;
      while (rows.next()) {
        count++;
      }
      return count;
    }
  }

  /** The test class path, for compilations that run in a separate javac. */
  static List<String> testClassPath() {
    String classpath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    return List.of(classpath.split(File.pathSeparator));
  }
}
