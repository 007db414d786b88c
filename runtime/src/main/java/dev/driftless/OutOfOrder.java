package dev.driftless;

/**
 * What {@code migrate()} and {@code upgrade(...)} do with a pending revision that comes before
 * revisions the database already has: one added into the middle of the history after the
 * database moved past it (a branch rebased onto an older parent, a revision's parents edited).
 * Flyway calls this {@code outOfOrder}.
 */
public enum OutOfOrder {
  /**
   * Refuse, naming the revision and the applied ones it comes before, and run nothing (the
   * default): it was written against a schema the database no longer has.
   */
  REFUSE,
  /** Apply it anyway, logging a warning for each such revision. */
  APPLY
}
