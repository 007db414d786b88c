package dev.driftless.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class ConnectionSettingsTest {
  private static final Map<String, String> ENV = Map.of(
      "DRIFTLESS_URL", "jdbc:postgresql://env-host:5432/envdb",
      "DRIFTLESS_USER", "env-user",
      "DRIFTLESS_PASSWORD", "env-secret");

  @Test
  void theEnvironmentFillsWhatTheConfigurationLeavesOut() {
    PGSimpleDataSource dataSource = (PGSimpleDataSource)
        new ConnectionSettings(null, "app", " ", ENV::get).dataSource();
    assertEquals("env-host", dataSource.getServerNames()[0]);
    assertEquals("envdb", dataSource.getDatabaseName());
    assertEquals("app", dataSource.getUser());
    assertEquals("env-secret", dataSource.getPassword());
  }

  @Test
  void theConfigurationWinsOverTheEnvironment() {
    PGSimpleDataSource dataSource = (PGSimpleDataSource) new ConnectionSettings(
        "jdbc:postgresql://db:6543/app", null, null, ENV::get).dataSource();
    assertEquals("db", dataSource.getServerNames()[0]);
    assertEquals(6543, dataSource.getPortNumbers()[0]);
    assertEquals("env-user", dataSource.getUser());
  }

  @Test
  void noUrlAnywhereNamesEveryWayToGiveOne() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ConnectionSettings(null, null, null, name -> null).dataSource());
    assertEquals("No database: set <url> in the plugin's configuration, "
        + "-Ddriftless.url=jdbc:postgresql://host:port/database, or DRIFTLESS_URL",
        e.getMessage());
  }

  @Test
  void aBadUrlIsReportedWithoutItsPassword() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ConnectionSettings("jdbc:mysql://db/app?password=hunter2", null, null,
            name -> null).dataSource());
    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    assertEquals("Not a PostgreSQL JDBC URL: jdbc:mysql://db/app?password=*** "
        + "(expected jdbc:postgresql://host:port/database)", e.getMessage());
  }
}
