package dev.driftless;

import java.util.List;

/**
 * What one {@code migrate()} did.
 *
 * @param applied the revisions applied by this run, in order
 * @param alreadyApplied how many revisions the database had before this run
 */
public record MigrateResult(List<Applied> applied, int alreadyApplied) {

  public MigrateResult {
    applied = List.copyOf(applied);
  }

  /** One applied revision: its id, message, number of statements and time taken. */
  public record Applied(String id, String message, int statements, long millis) {}
}
