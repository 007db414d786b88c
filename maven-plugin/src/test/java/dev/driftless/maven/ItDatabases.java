package dev.driftless.maven;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** An embedded PostgreSQL for the nested builds, with a fresh database for each scenario. */
final class ItDatabases implements AutoCloseable {
  private final AtomicInteger databases = new AtomicInteger();
  private final EmbeddedPostgres postgres;
  private final String prefix;

  ItDatabases(String prefix) throws IOException {
    this.postgres = EmbeddedPostgres.builder().start();
    this.prefix = prefix;
  }

  /** A new empty database's JDBC URL (user {@code postgres}, no password). */
  String newDatabase() throws SQLException {
    String name = prefix + "_" + databases.incrementAndGet();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    return postgres.getJdbcUrl("postgres", name);
  }

  void execute(String url, String... statements) throws SQLException {
    try (Connection connection = postgres.getDatabase("postgres", database(url)).getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  /** The first column of every row. */
  List<String> query(String url, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection connection = postgres.getDatabase("postgres", database(url)).getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  /** The database name of a {@code jdbc:postgresql://host:port/name?...} URL. */
  private static String database(String url) {
    String path = url.substring(url.lastIndexOf('/') + 1);
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
