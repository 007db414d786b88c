package dev.driftless;

/**
 * What {@link Driftless#repair(RepairAction...)} may change in the version table after a history
 * validation failure that was expected.
 */
public enum RepairAction {
  /**
   * Record the current checksum of every applied revision whose SQL changed since it was applied:
   * the edit is known to be harmless (CLI: {@code repair --accept-checksums}).
   */
  ACCEPT_CHECKSUMS,

  /**
   * Delete the history rows of applied revisions that are no longer on the class path (CLI:
   * {@code repair --forget-missing}).
   */
  FORGET_MISSING
}
