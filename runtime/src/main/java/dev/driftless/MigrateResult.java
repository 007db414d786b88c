package dev.driftless;

import java.util.List;

/**
 * What one {@code migrate()} did.
 *
 * @param applied the revisions applied by this run, in order
 * @param alreadyApplied how many revisions the database had before this run
 * @param heldBack ids of the pending contract revisions (and those that follow them) this run
 *     left for {@link Driftless#contract()}, parents first
 */
public record MigrateResult(List<Applied> applied, int alreadyApplied, List<String> heldBack) {

  public MigrateResult {
    applied = List.copyOf(applied);
    heldBack = List.copyOf(heldBack);
  }

  /** A run that held nothing back. */
  public MigrateResult(List<Applied> applied, int alreadyApplied) {
    this(applied, alreadyApplied, List.of());
  }

  /** One applied revision: its id, message, number of statements and time taken. */
  public record Applied(String id, String message, int statements, long millis) {}
}
