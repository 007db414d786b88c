package dev.driftless.benchmarks;

import dev.driftless.diff.ExpandContract;
import dev.driftless.diff.RenameHints;
import dev.driftless.diff.SchemaDiffer;
import dev.driftless.ops.SchemaOp;
import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Table;
import dev.driftless.sql.PostgresDialect;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;

/**
 * What the sync trigger of a rolling deploy's expand step costs each write: the same single-row
 * inserts and updates, one statement per transaction as an application sends them, on a
 * populated table without the trigger (the previous release's schema) and with it (the expanded
 * schema, written through the old column names and through the new ones). Two databases, filled
 * alike; rounds alternate between them; medians of the rounds, in microseconds per statement.
 *
 * <p>Usage: {@code SyncTriggerBenchmark [--rows N] [--writes W] [--rounds R]}; see
 * docs/benchmarks.md.
 */
public final class SyncTriggerBenchmark {
  private static final QualifiedName ACCOUNT = QualifiedName.of("public", "account");
  private static final PostgresDialect DIALECT = new PostgresDialect();

  private SyncTriggerBenchmark() {}

  static Schema before() {
    return schema("full_name");
  }

  static Schema after() {
    return schema("display_name");
  }

  private static Schema schema(String name) {
    return new Schema(List.of(Table.builder("public", "account")
        .column(Column.of("id", ColumnType.bigint()).notNull())
        .column(Column.of(name, ColumnType.varchar(100)).notNull())
        .column(Column.of("email", ColumnType.varchar(200)).notNull())
        .column(Column.of("balance", ColumnType.numeric(12, 2)).notNull())
        .column(Column.of("updated_at", ColumnType.timestampTz(6)).notNull())
        .primaryKey("account_pkey", "id")
        .build()), List.of());
  }

  static ExpandContract.Split split() {
    RenameHints hints = new RenameHints(Map.of(), Map.of(ACCOUNT, Map.of("display_name",
        "full_name")));
    return (ExpandContract.Split) new ExpandContract().plan(before(), after(),
        new SchemaDiffer().diff(before(), after(), hints));
  }

  /**
   * A database with {@code rows} accounts, expanded (trigger and new column) if asked; returns
   * how long the expand revision's statements took, backfill included (0 if not expanded).
   */
  static long prepare(DataSource database, int rows, boolean expanded) throws SQLException {
    long expandMillis = 0;
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      for (SchemaOp op : new SchemaDiffer().diff(Schema.empty(), before())) {
        for (String sql : DIALECT.render(op)) {
          statement.execute(sql);
        }
      }
      statement.execute("INSERT INTO account SELECT i, 'name ' || i, 'user' || i "
          + "|| '@example.com', i % 1000, now() FROM generate_series(1, " + rows + ") i");
      statement.execute("VACUUM ANALYZE account");
      if (expanded) {
        long started = System.nanoTime();
        for (SchemaOp op : new ExpandContract().expandUpgrade(split())) {
          for (String sql : DIALECT.render(op)) {
            statement.execute(sql);
          }
        }
        expandMillis = (System.nanoTime() - started) / 1_000_000;
        statement.execute("VACUUM ANALYZE account");
      }
    }
    return expandMillis;
  }

  /**
   * Microseconds per statement of {@code writes} single-row updates (random existing rows) and
   * {@code writes} inserts, writing the name through {@code nameColumn}.
   */
  static double[] writes(DataSource database, String nameColumn, int writes, long seed,
      long firstNewId) throws SQLException {
    Random random = new Random(seed);
    try (Connection connection = database.getConnection();
        PreparedStatement update = connection.prepareStatement("UPDATE account SET "
            + nameColumn + " = ?, balance = ?, updated_at = now() WHERE id = ?");
        PreparedStatement insert = connection.prepareStatement("INSERT INTO account (id, "
            + nameColumn + ", email, balance, updated_at) VALUES (?, ?, ?, ?, now())")) {
      long started = System.nanoTime();
      for (int i = 0; i < writes; i++) {
        update.setString(1, "renamed " + i);
        update.setBigDecimal(2, java.math.BigDecimal.valueOf(i % 500));
        update.setLong(3, 1 + random.nextInt((int) Math.min(firstNewId - 1, Integer.MAX_VALUE)));
        update.executeUpdate();
      }
      double updates = (System.nanoTime() - started) / 1_000.0 / writes;
      started = System.nanoTime();
      for (int i = 0; i < writes; i++) {
        insert.setLong(1, firstNewId + i);
        insert.setString(2, "new " + i);
        insert.setString(3, "new" + i + "@example.com");
        insert.setBigDecimal(4, java.math.BigDecimal.ONE);
        insert.executeUpdate();
      }
      double inserts = (System.nanoTime() - started) / 1_000.0 / writes;
      return new double[] {updates, inserts};
    }
  }

  public static void main(String[] args) throws Exception {
    int rows = 200_000;
    int writes = 5_000;
    int rounds = 5;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rows" -> rows = Integer.parseInt(args[++i]);
        case "--writes" -> writes = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      DataSource plain = VerifyBenchmark.freshDatabase(postgres, "plain");
      DataSource expanded = VerifyBenchmark.freshDatabase(postgres, "expanded");
      prepare(plain, rows, false);
      long expandMillis = prepare(expanded, rows, true);
      String[] labels = {"no trigger (previous release's schema)",
          "expanded, written through the old name", "expanded, written through the new name"};
      double[][] updates = new double[3][rounds];
      double[][] inserts = new double[3][rounds];
      long nextId = rows + 1L;
      for (int r = 0; r < rounds; r++) {
        // Alternate the order, so that neither case always runs first in a round.
        double[][] all = new double[3][];
        for (int k : r % 2 == 0 ? new int[] {0, 1, 2} : new int[] {2, 1, 0}) {
          all[k] = switch (k) {
            case 0 -> writes(plain, "full_name", writes, r, nextId);
            case 1 -> writes(expanded, "full_name", writes, r, nextId);
            default -> writes(expanded, "display_name", writes, r + 1_000, nextId + writes);
          };
        }
        nextId += 2L * writes;
        for (int k = 0; k < 3; k++) {
          updates[k][r] = all[k][0];
          inserts[k][r] = all[k][1];
        }
      }
      System.out.printf("%d rows, %d updates + %d inserts per round, %d rounds (medians)%n",
          rows, writes, writes, rounds);
      System.out.printf("expand revision (new column, trigger, backfill) on %d rows: %d ms%n",
          rows, expandMillis);
      double baseUpdate = MigrateBenchmark.median(updates[0]);
      double baseInsert = MigrateBenchmark.median(inserts[0]);
      for (int k = 0; k < 3; k++) {
        double u = MigrateBenchmark.median(updates[k]);
        double in = MigrateBenchmark.median(inserts[k]);
        System.out.printf("| %s | %.1f µs (%+.0f%%) | %.1f µs (%+.0f%%) |%n", labels[k], u,
            (u / baseUpdate - 1) * 100, in, (in / baseInsert - 1) * 100);
      }
    }
  }
}
