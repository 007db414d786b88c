package dev.driftless.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.Driftless;
import dev.driftless.MigrateResult;
import dev.driftless.MigrationException;
import dev.driftless.RevisionStatus;
import dev.driftless.internal.drift.DriftCheck;
import dev.driftless.schema.QualifiedName;
import dev.driftless.sql.PostgresDialect;
import dev.driftless.testing.RevisionClassPath;
import dev.driftless.testing.RollingRevisions;
import dev.driftless.testing.RollingSchemas;
import dev.driftless.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rolling deploy on real PostgreSQL: the previous release's statements (old column names) and
 * the new release's (new names, a new type, without the dropped column) run at the same time on
 * the expanded database, then the contract step finishes the change.
 */
class RollingDeployTest {
  private static final int PER_WORKER = 250;
  private static final int ROWS_BEFORE = 2_000;

  @TempDir Path classes;

  private Driftless driftless(DataSource database) {
    return Driftless.configure().dataSource(database)
        .classLoader(RevisionClassPath.of(classes, RollingSchemas.after(),
            RollingRevisions.CreateAccount.class, RollingRevisions.Expand.class,
            RollingRevisions.Contract.class))
        .load();
  }

  @Test
  void bothReleasesRunTogetherOnTheExpandedSchemaWithoutLosingOrDivergingARow()
      throws Exception {
    DataSource database = TestDatabases.fresh();
    Driftless driftless = driftless(database);
    driftless.upgrade("r1");
    Map<Long, Expected> expected = new ConcurrentHashMap<>();
    try (Connection connection = database.getConnection()) {
      for (int i = 0; i < ROWS_BEFORE; i++) {
        long id = Release.OLD.insert(connection, "before-" + i, i);
        expected.put(id, new Expected("before-" + i, i));
      }
    }

    MigrateResult expand = driftless.migrate();
    assertEquals(List.of("r2"), expand.applied().stream().map(MigrateResult.Applied::id)
        .toList());
    assertEquals(List.of("r3"), expand.heldBack(), "migrate() never contracts");
    assertEquals(List.of(), driftless.migrate().applied(), "nor does a second migrate()");
    assertTrue(driftless.check().isClean(), () -> "the expanded state is not drift: "
        + driftless.check().format());
    driftless.verify();
    RevisionStatus contract = driftless.history().get(2);
    assertFalse(contract.isApplied());
    assertTrue(contract.describe().contains("contract: rename account"), contract.describe());
    assertTrue(contract.describe().contains("waits for contract"), contract.describe());
    assertEquals(List.of("0"), TestDatabases.query(database, "SELECT count(*) FROM account "
        + "WHERE display_name IS DISTINCT FROM full_name OR amount_exact IS DISTINCT FROM amount"),
        "the backfill copied every row written before the expand");

    runBothReleases(database, expected);

    assertRowsMatch(database, expected, true);
    MigrateResult contracted = driftless.contract();
    assertEquals(List.of("r3"), contracted.applied().stream().map(MigrateResult.Applied::id)
        .toList());
    assertTrue(driftless.check().isClean(), () -> driftless.check().format());
    assertRowsMatch(database, expected, false);
    assertEquals(List.of("0"), TestDatabases.query(database, "SELECT count(*) FROM pg_trigger "
        + "WHERE tgname LIKE 'driftless_sync%'"), "the contract drops the sync triggers");

    // Undoing the contract brings the old columns back, filled from the new ones.
    driftless.downgrade("-1");
    assertTrue(driftless.check().isClean(), () -> driftless.check().format());
    assertRowsMatch(database, expected, true);
  }

  @Test
  void undoingTheExpandRestoresThePreviousSchemaExactlyAndKeepsTheData() throws Exception {
    DataSource database = TestDatabases.fresh();
    Driftless driftless = driftless(database);
    driftless.upgrade("r1");
    assertFalse(driftless.check().isClean(),
        "a database that is simply behind is compared with the snapshot, and reported");
    Map<Long, Expected> expected = new ConcurrentHashMap<>();
    try (Connection connection = database.getConnection()) {
      for (int i = 0; i < 100; i++) {
        expected.put(Release.OLD.insert(connection, "n" + i, i), new Expected("n" + i, i));
      }
      driftless.migrate();
      for (int i = 0; i < 100; i++) {
        expected.put(Release.OLD.insert(connection, "m" + i, i), new Expected("m" + i, i));
      }
    }
    driftless.downgrade("-1");
    assertEquals(List.of(), new DriftCheck(RollingSchemas.before(),
        QualifiedName.of("public", "driftless_history"), new PostgresDialect())
        .check(database).differences());
    try (Connection connection = database.getConnection();
        PreparedStatement query = connection.prepareStatement(
            "SELECT full_name, amount FROM account WHERE id = ?")) {
      for (Map.Entry<Long, Expected> row : expected.entrySet()) {
        query.setLong(1, row.getKey());
        try (ResultSet result = query.executeQuery()) {
          assertTrue(result.next());
          assertEquals(row.getValue().name(), result.getString(1));
          assertEquals(row.getValue().amount(), result.getLong(2));
        }
      }
    }
  }

  @Test
  void undoingTheExpandAfterTheNewReleaseInsertedStopsBeforeDroppingAnythingNamingTheColumn()
      throws Exception {
    DataSource database = TestDatabases.fresh();
    Driftless driftless = driftless(database);
    driftless.migrate();
    try (Connection connection = database.getConnection()) {
      Release.NEW.insert(connection, "written by the new release", 7);
    }
    MigrationException failure = assertThrows(MigrationException.class,
        () -> driftless.downgrade("-1"));
    assertTrue(failure.getMessage().contains("legacy_code"), failure.getMessage());
    // The new release's columns, and what it wrote, are still there.
    assertEquals(List.of("written by the new release"),
        TestDatabases.query(database, "SELECT display_name FROM account"));
  }

  @Test
  void theNextReleasesRevisionWaitsBehindAPendingContractAndTheCheckSaysWhatIsMissing() {
    DataSource database = TestDatabases.fresh();
    Driftless driftless = Driftless.configure().dataSource(database)
        .classLoader(RevisionClassPath.of(classes, RollingRevisions.next(),
            RollingRevisions.CreateAccount.class, RollingRevisions.Expand.class,
            RollingRevisions.Contract.class, RollingRevisions.AddNote.class))
        .load();
    MigrateResult result = driftless.migrate();
    assertEquals(List.of("r3", "r4"), result.heldBack());
    // This release needs r4's column: the expanded state alone is not enough, and is reported.
    assertTrue(driftless.check().format().contains("note"), driftless.check().format());

    driftless.contract();
    assertTrue(driftless.check().isClean(), () -> driftless.check().format());
  }

  @Test
  void aContractStoppedByANullTheOldReleaseWroteHasDroppedNothingAndRunsAgainOnceFixed() {
    DataSource database = TestDatabases.fresh();
    Driftless driftless = driftless(database);
    driftless.migrate();
    // A row without a name, as a previous release whose column was optional could write.
    TestDatabases.execute(database, "INSERT INTO account (id, legacy_code) VALUES (1, 'L')");

    MigrationException failure = assertThrows(MigrationException.class, driftless::contract);
    assertTrue(failure.getMessage().contains("account_display_name_not_null"),
        failure.getMessage());
    assertEquals(List.of("amount", "amount_exact", "display_name", "full_name", "id",
        "legacy_code", "status"), TestDatabases.query(database, "SELECT column_name FROM "
        + "information_schema.columns WHERE table_name = 'account' ORDER BY column_name"),
        "nothing dropped");

    // The way out the README gives: fill the rows, drop the check the contract added, again.
    TestDatabases.execute(database, "UPDATE account SET display_name = 'unknown' WHERE id = 1",
        "ALTER TABLE account DROP CONSTRAINT account_display_name_not_null");
    driftless.contract();
    assertTrue(driftless.check().isClean(), () -> driftless.check().format());
    assertEquals(List.of("unknown"), TestDatabases.query(database,
        "SELECT display_name FROM account"));
  }

  /** Two workers of each release, each inserting, updating and reading the other's rows. */
  private static void runBothReleases(DataSource database, Map<Long, Expected> expected)
      throws Exception {
    Queue<Long> frozenByOld = new ConcurrentLinkedQueue<>();
    Queue<Long> frozenByNew = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> workers = new ArrayList<>();
      for (int w = 0; w < 2; w++) {
        String oldName = "old" + w;
        String newName = "new" + w;
        workers.add(pool.submit(() -> work(database, start, Release.OLD, oldName, expected,
            frozenByOld, frozenByNew)));
        workers.add(pool.submit(() -> work(database, start, Release.NEW, newName, expected,
            frozenByNew, frozenByOld)));
      }
      start.countDown();
      int reads = 0;
      for (Future<Integer> worker : workers) {
        reads += worker.get(2, TimeUnit.MINUTES);
      }
      assertTrue(reads > 0, "the releases read each other's rows");
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * One worker: inserts rows; updates each odd row it inserted once; reads a row the other
   * release inserted and froze, through its own column names. Returns how many it read.
   */
  private static int work(DataSource database, CountDownLatch start, Release release,
      String worker, Map<Long, Expected> expected, Queue<Long> mine, Queue<Long> theirs)
      throws Exception {
    start.await();
    int reads = 0;
    List<Long> toUpdate = new ArrayList<>();
    try (Connection connection = database.getConnection()) {
      for (int k = 0; k < PER_WORKER; k++) {
        String name = worker + "-" + k;
        long id = release.insert(connection, name, k);
        expected.put(id, new Expected(name, k));
        if (k % 2 == 0) {
          mine.add(id);
        } else {
          toUpdate.add(id);
        }
        if (k % 3 == 0 && !toUpdate.isEmpty()) {
          long updated = toUpdate.remove(0);
          Expected now = new Expected(worker + "-u" + k, 10_000 + k);
          release.update(connection, updated, now);
          expected.put(updated, now);
        }
        Long other = theirs.peek();
        if (other != null) {
          Expected read = release.read(connection, other);
          assertEquals(expected.get(other), read, "row " + other + " as " + worker + " reads it");
          reads++;
        }
      }
    }
    return reads;
  }

  private static void assertRowsMatch(DataSource database, Map<Long, Expected> expected,
      boolean oldColumnsToo) throws SQLException {
    String columns = oldColumnsToo ? "display_name, amount_exact, full_name, amount"
        : "display_name, amount_exact";
    int rows = 0;
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT id, " + columns + " FROM account")) {
      while (result.next()) {
        rows++;
        Expected want = expected.get(result.getLong(1));
        assertEquals(want.name(), result.getString(2), "display_name of " + result.getLong(1));
        assertEquals(0, BigDecimal.valueOf(want.amount()).compareTo(result.getBigDecimal(3)));
        if (oldColumnsToo) {
          assertEquals(want.name(), result.getString(4), "full_name of " + result.getLong(1));
          assertEquals(want.amount(), result.getLong(5), "amount of " + result.getLong(1));
        }
      }
    }
    assertEquals(expected.size(), rows, "no row lost, none added");
  }

  record Expected(String name, long amount) {}

  private static final AtomicLong IDS = new AtomicLong();

  /**
   * The statements a release runs, through the column names it knows: the previous release
   * writes full_name, amount (integer) and the required legacy_code; the new one display_name and
   * amount_exact (numeric) and nothing else, as Hibernate would for each entity.
   */
  record Release(String name, String amount, String otherColumns, String otherValues) {
    static final Release OLD = new Release("full_name", "amount", ", legacy_code", ", 'L'");
    static final Release NEW = new Release("display_name", "amount_exact", "", "");

    long insert(Connection connection, String value, long amount) throws SQLException {
      long id = IDS.incrementAndGet();
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO account (id, "
          + name + ", " + this.amount + otherColumns + ") VALUES (?, ?, ?" + otherValues + ")")) {
        insert.setLong(1, id);
        insert.setString(2, value);
        insert.setBigDecimal(3, BigDecimal.valueOf(amount));
        insert.executeUpdate();
      }
      return id;
    }

    void update(Connection connection, long id, Expected values) throws SQLException {
      try (PreparedStatement update = connection.prepareStatement("UPDATE account SET " + name
          + " = ?, " + amount + " = ? WHERE id = ?")) {
        update.setString(1, values.name());
        update.setBigDecimal(2, BigDecimal.valueOf(values.amount()));
        update.setLong(3, id);
        assertEquals(1, update.executeUpdate());
      }
    }

    Expected read(Connection connection, long id) throws SQLException {
      try (PreparedStatement query = connection.prepareStatement("SELECT " + name + ", " + amount
          + " FROM account WHERE id = ?")) {
        query.setLong(1, id);
        try (ResultSet row = query.executeQuery()) {
          assertTrue(row.next(), "row " + id);
          return new Expected(row.getString(1), row.getBigDecimal(2).longValueExact());
        }
      }
    }
  }
}
