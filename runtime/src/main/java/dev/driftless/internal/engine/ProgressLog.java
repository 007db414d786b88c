package dev.driftless.internal.engine;

import dev.driftless.MigrateResult;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log lines that let an operator follow a long migration: when each revision starts and
 * ends, each statement slower than a threshold, each backfill batch, and a summary with totals
 * at the end.
 * (Waiting for the migration lock is reported by {@link MigrationLock}.) All at INFO, under this
 * class's logger, so they can be turned up or down on their own.
 */
final class ProgressLog {
  /** Statements slower than this are logged one by one. */
  static final Duration SLOW_STATEMENT = Duration.ofSeconds(5);

  /** Statements are shown up to this many characters: a bulk insert's SQL can be huge. */
  private static final int SHOWN_SQL = 200;

  private static final Logger LOG = LoggerFactory.getLogger(ProgressLog.class);

  private final Duration slowStatement;

  ProgressLog(Duration slowStatement) {
    this.slowStatement = slowStatement;
  }

  /** The lines of one revision's run. */
  Revision start(LoadedRevision revision, boolean up, int statements) {
    LOG.info("{} revision {} ({}): {} statement(s){}", up ? "Applying" : "Reverting",
        revision.id(), revision.message(), statements,
        revision.transactional() ? "" : ", not transactional");
    return new Revision(revision, up);
  }

  /** The end of an upgrade or downgrade: what ran, how much, how long. */
  void finished(boolean up, String target, MigrateResult result, long millis) {
    if (result.applied().isEmpty()) {
      LOG.info("{} to {}: nothing to do ({} revision(s) applied before)",
          up ? "Upgrade" : "Downgrade", target, result.alreadyApplied());
      return;
    }
    int statements = result.applied().stream().mapToInt(MigrateResult.Applied::statements).sum();
    LOG.info("{} to {} done: {} revision(s) {} ({} statement(s)) in {} ms; {} revision(s) were "
        + "applied before", up ? "Upgrade" : "Downgrade", target, result.applied().size(),
        up ? "applied" : "reverted", statements, millis, result.alreadyApplied());
  }

  /** What one revision reports while its statements run. */
  final class Revision {
    private final String id;
    private long backfilled;

    private final String message;
    private final boolean up;

    private Revision(LoadedRevision revision, boolean up) {
      this.id = revision.id();
      this.message = revision.message();
      this.up = up;
    }

    /** The revision is applied (or reverted) and recorded. */
    void done(long millis) {
      LOG.info("{} revision {} ({}) in {} ms", up ? "Applied" : "Reverted", id, message, millis);
    }

    /** A statement ended after {@code nanos}; logged if it was slow. */
    void statement(String sql, long nanos) {
      if (nanos >= slowStatement.toNanos()) {
        LOG.info("Revision {}: statement took {} ms: {}", id, nanos / 1_000_000, shown(sql));
      }
    }

    /** One batch of a backfill changed {@code rows} rows in {@code nanos}. */
    void backfillBatch(int rows, long nanos) {
      backfilled += rows;
      LOG.info("Revision {}: backfill batch of {} row(s) in {} ms ({} row(s) so far)", id, rows,
          nanos / 1_000_000, backfilled);
    }
  }

  private static String shown(String sql) {
    String line = sql.replaceAll("\\s+", " ");
    return line.length() <= SHOWN_SQL ? line : line.substring(0, SHOWN_SQL) + "...";
  }
}
