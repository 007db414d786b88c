package dev.driftless.internal.engine;

import dev.driftless.AppliedRevision;
import dev.driftless.MigrateResult;
import dev.driftless.MigrationException;
import dev.driftless.OutOfOrder;
import dev.driftless.RepairAction;
import dev.driftless.RevisionStatus;
import dev.driftless.sql.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a database between revisions: one transaction per revision, each recorded in the
 * {@link VersionTable} inside that same transaction, so a revision is either wholly applied and
 * recorded or not at all.
 *
 * <p>Every command takes a session-level advisory lock first: when many instances of an
 * application start at once, one migrates and the others wait, then find nothing to do. If the
 * process dies, PostgreSQL releases the lock with the session. And before anything runs, the
 * history is validated against the code ({@link HistoryValidator}).
 */
public final class Migrator {
  private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);

  private final DataSource dataSource;
  private final RevisionGraph graph;
  private final VersionTable versionTable;
  private final Duration lockWait;
  private final Checksums checksums;
  private final RevisionRunner runner;
  private final OutOfOrder outOfOrder;
  private final ProgressLog progress;

  /** A migrator of the database {@code dataSource} ({@code null} for offline scripts only). */
  public Migrator(DataSource dataSource, RevisionGraph graph, Dialect dialect,
      MigrationSettings settings) {
    this.dataSource = dataSource;
    this.graph = graph;
    this.versionTable = new VersionTable(settings.versionTable(), dialect);
    this.lockWait = settings.lockWait();
    this.checksums = new Checksums(dialect);
    this.outOfOrder = settings.outOfOrder();
    this.progress = new ProgressLog(ProgressLog.SLOW_STATEMENT);
    this.runner = new RevisionRunner(dialect, versionTable,
        new RevisionRunner.Timeouts(settings.lockTimeout(), settings.statementTimeout()),
        progress);
  }

  /** Applies every pending revision: {@code upgrade("head")}. */
  public MigrateResult migrate() {
    return upgrade("head");
  }

  /**
   * Applies the revisions {@code target} names ({@code head}, {@code heads}, {@code +N}, an id),
   * except contract revisions and what follows them: those wait for {@link #contract()}.
   */
  public MigrateResult upgrade(String target) {
    return upgrade(target, false);
  }

  /**
   * Applies every pending revision, contract revisions included: the step a rolling deploy takes
   * once no instance of the previous release is left.
   */
  public MigrateResult contract() {
    return upgrade("head", true);
  }

  private MigrateResult upgrade(String target, boolean contract) {
    long started = System.nanoTime();
    MigrateResult result = locked(connection -> {
      Set<String> applied = validated(connection).keySet();
      List<LoadedRevision> steps = plan(() -> Planner.upgrade(graph, applied, target, contract));
      checkOrder(applied, steps);
      List<MigrateResult.Applied> done = new ArrayList<>();
      for (LoadedRevision revision : steps) {
        done.add(runner.upgrade(connection, revision));
      }
      Set<String> now = new HashSet<>(applied);
      done.forEach(d -> now.add(d.id()));
      List<LoadedRevision> held = graph.heldBack(now);
      logHeldBack(held);
      return new MigrateResult(done, applied.size(),
          held.stream().map(LoadedRevision::id).toList());
    });
    progress.finished(true, target, result, (System.nanoTime() - started) / 1_000_000);
    return result;
  }

  /**
   * Says what waits for {@code contract}: a reminder while only contract revisions do, a warning
   * when an ordinary revision (the next release's) waits behind one.
   */
  private static void logHeldBack(List<LoadedRevision> held) {
    List<String> waiting = held.stream().filter(r -> !r.isContract()).map(LoadedRevision::id)
        .toList();
    if (!waiting.isEmpty()) {
      LOG.warn("Revision(s) {} are not applied: they follow contract revision(s) that have not "
          + "run, so this release's schema is incomplete. Run contract once the previous release "
          + "is gone, then migrate.", waiting);
    } else if (!held.isEmpty()) {
      LOG.info("Held back {} contract revision(s) {}: they drop what the previous release still "
          + "uses. Run contract once the rollout is done.", held.size(),
          held.stream().map(LoadedRevision::id).toList());
    }
  }

  /** Reverts the revisions {@code target} names ({@code -N}, {@code base}, an id), newest first. */
  public MigrateResult downgrade(String target) {
    long started = System.nanoTime();
    MigrateResult result = locked(connection -> {
      Set<String> applied = validated(connection).keySet();
      List<MigrateResult.Applied> done = new ArrayList<>();
      for (LoadedRevision revision : plan(() -> Planner.downgrade(graph, applied, target))) {
        done.add(runner.downgrade(connection, revision));
      }
      return new MigrateResult(done, applied.size());
    });
    progress.finished(false, target, result, (System.nanoTime() - started) / 1_000_000);
    return result;
  }

  /**
   * Records the database as being at {@code target} without running anything (for a database
   * built by other means). Returns the ids now recorded.
   */
  public List<String> stamp(String target) {
    return locked(connection -> {
      List<LoadedRevision> wanted = plan(() -> Planner.stamp(graph, target));
      Map<String, AppliedRevision> records = versionTable.records(connection);
      Set<String> wantedIds = new LinkedHashSet<>();
      wanted.forEach(r -> wantedIds.add(r.id()));
      Transactions.inTransaction(connection, () -> {
        for (LoadedRevision revision : wanted) {
          if (!records.containsKey(revision.id())) {
            versionTable.record(connection, revision, checksums.of(revision), 0, "stamped");
          }
        }
        for (String id : records.keySet()) {
          if (!wantedIds.contains(id)) {
            versionTable.delete(connection, id);
          }
        }
      });
      return List.copyOf(wantedIds);
    });
  }

  /**
   * Records every revision up to the head as {@code baselined}, without running anything, on a
   * database that has no Driftless history yet: the caller has checked that its schema is the
   * snapshot's. Returns the ids recorded.
   *
   * @throws IllegalStateException if the version table already records revisions
   */
  public List<String> baseline() {
    return locked(connection -> {
      Map<String, AppliedRevision> records = versionTable.records(connection);
      if (!records.isEmpty()) {
        throw new IllegalStateException("Cannot baseline: " + versionTable.name() + " already "
            + "records " + records.size() + " revision(s) (" + String.join(", ", records.keySet())
            + "). Baseline is for a database Driftless has never migrated; this one is under "
            + "Driftless already: run migrate, or stamp to move its recorded position.");
      }
      List<LoadedRevision> wanted = plan(() -> Planner.stamp(graph, "head"));
      Transactions.inTransaction(connection, () -> {
        for (LoadedRevision revision : wanted) {
          versionTable.record(connection, revision, checksums.of(revision), 0, "baselined");
        }
      });
      return wanted.stream().map(LoadedRevision::id).toList();
    });
  }

  /** Every revision, parents first, with what the database has of it. Reads only. */
  public List<RevisionStatus> history() {
    try (Connection connection = dataSource.getConnection()) {
      Map<String, AppliedRevision> records = versionTable.exists(connection)
          ? versionTable.records(connection) : Map.of();
      Set<String> heads = graph.heads();
      return graph.fromBase().stream().map(r ->
          new RevisionStatus(r.info(), records.get(r.id()), heads.contains(r.id()))).toList();
    } catch (SQLException e) {
      throw new MigrationException(null, "Cannot read the history: "
          + RedactedErrors.message(e), null, e.getSQLState(), RedactedErrors.cause(e));
    }
  }

  /**
   * The way out of a failed validation: {@link RepairAction#ACCEPT_CHECKSUMS} records the current
   * checksum of every applied revision whose code changed (the edit is known to be harmless);
   * {@link RepairAction#FORGET_MISSING} deletes history rows of revisions no longer on the class
   * path. Returns what it did, one line per change.
   */
  public List<String> repair(Set<RepairAction> actions) {
    boolean forgetMissing = actions.contains(RepairAction.FORGET_MISSING);
    boolean acceptChecksums = actions.contains(RepairAction.ACCEPT_CHECKSUMS);
    return locked(connection -> {
      List<String> done = new ArrayList<>();
      for (AppliedRevision record : versionTable.records(connection).values()) {
        if (!graph.contains(record.id())) {
          if (forgetMissing) {
            versionTable.delete(connection, record.id());
            done.add("forgot " + record.id() + " (no longer on the class path)");
          }
        } else if (acceptChecksums) {
          String now = checksums.of(graph.resolve(record.id()));
          if (!now.equals(record.checksum())) {
            versionTable.updateChecksum(connection, record.id(), now);
            done.add("accepted the new checksum of " + record.id());
          }
        }
      }
      return done;
    });
  }

  /**
   * The SQL script of an upgrade from a database at {@code from} (a revision or {@code base}) to
   * {@code target}, without touching any database.
   */
  public String upgradeScript(String from, String target) {
    return offlineScript(true, from, target);
  }

  /**
   * The SQL script of a downgrade from a database at {@code from} (a revision or {@code head}) to
   * {@code target}, without touching any database.
   */
  public String downgradeScript(String from, String target) {
    return offlineScript(false, from, target);
  }

  private String offlineScript(boolean upgrade, String from, String target) {
    Set<String> applied = new HashSet<>();
    plan(() -> Planner.stamp(graph, from)).forEach(r -> applied.add(r.id()));
    List<LoadedRevision> steps = plan(() -> upgrade
        ? Planner.upgrade(graph, applied, target)
        : Planner.downgrade(graph, applied, target));
    return new OfflineScript(checksums, versionTable).render(steps, upgrade,
        "from " + from + " to " + target);
  }

  private Map<String, AppliedRevision> validated(Connection connection) throws SQLException {
    Map<String, AppliedRevision> records = versionTable.records(connection);
    List<String> problems = HistoryValidator.problems(graph, records, checksums);
    if (!problems.isEmpty()) {
      throw new MigrationException(null, "The database's history (" + versionTable.name()
          + ") does not match the revisions on the class path; nothing was run.\n  - "
          + String.join("\n  - ", problems), null, null, null);
    }
    return records;
  }

  /** Refuses (or, if allowed, reports) revisions added before ones already applied. */
  private void checkOrder(Set<String> applied, List<LoadedRevision> steps) {
    Map<LoadedRevision, List<String>> late = OutOfOrderRevisions.in(graph, applied, steps);
    if (late.isEmpty()) {
      return;
    }
    String list = OutOfOrderRevisions.describe(late);
    if (outOfOrder == OutOfOrder.REFUSE) {
      throw new MigrationException(late.keySet().iterator().next().id(),
          "Out-of-order revisions: these pending revisions come before revisions the database "
              + "already has (they were added into the middle of the history after it was "
              + "applied); nothing was run.\n  - " + list + "\nIf applying them now is safe, "
              + "allow it with outOfOrder(OutOfOrder.APPLY) (command line: --out-of-order); "
              + "otherwise move their work into a new revision after the head.",
          null, null, null);
    }
    LOG.warn("Applying revisions out of order, as configured:\n  - {}", list);
  }

  private interface Plan {
    List<LoadedRevision> get();
  }

  private static List<LoadedRevision> plan(Plan plan) {
    try {
      return plan.get();
    } catch (IllegalArgumentException e) {
      throw new MigrationException(null, e.getMessage(), null, null, e);
    }
  }

  private interface Locked<T> {
    T run(Connection connection) throws SQLException;
  }

  @SuppressWarnings("try") // the lock and the setting hold for the try block, never read
  private <T> T locked(Locked<T> work) {
    try (Connection connection = dataSource.getConnection();
        MigrationLock lock = MigrationLock.acquire(connection, versionTable.name(), lockWait);
        ConformingStrings strings = ConformingStrings.on(connection)) {
      connection.setAutoCommit(true);
      versionTable.ensureExists(connection);
      return work.run(connection);
    } catch (SQLException e) {
      // A connection failure may quote the URL (DriverManager's "No suitable driver").
      throw new MigrationException(null, "Cannot migrate: " + RedactedErrors.message(e)
          + " (SQLSTATE " + e.getSQLState() + ")", null, e.getSQLState(),
          RedactedErrors.cause(e));
    }
  }
}
