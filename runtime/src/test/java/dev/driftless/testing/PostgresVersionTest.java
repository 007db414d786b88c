package dev.driftless.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The suite runs on the PostgreSQL major version the build asked for, and it is one we support. */
class PostgresVersionTest {

  @Test
  void runsOnTheRequestedSupportedMajorVersion() throws Exception {
    int versionNumber;
    try (Connection connection = TestDatabases.fresh().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SHOW server_version_num")) {
      row.next();
      versionNumber = Integer.parseInt(row.getString(1));
    }
    int major = versionNumber / 10000;
    System.out.println("Tests run on PostgreSQL " + major + " (" + versionNumber + ")");
    assertTrue(major >= 13 && major <= 17, "supported: 13 to 17, running " + major);
    String requested = System.getProperty("driftless.test.postgres.version");
    if (requested != null) {
      assertEquals(Integer.parseInt(requested.substring(0, requested.indexOf('.'))), major);
    }
  }
}
