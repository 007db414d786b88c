package dev.driftless;

/**
 * Thrown by {@link Driftless#baseline()} when the database's schema is not the snapshot's, so
 * recording the revisions as applied would be a lie. Nothing was recorded.
 */
public final class BaselineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient DriftReport report;

  BaselineException(DriftReport report) {
    super("Cannot baseline: the database is not the schema the revisions build.\n"
        + report.format()
        + "\nTwo ways forward: change the database until it matches (the SQL above), or change "
        + "the entities to match the database and build (the next revision then records the "
        + "difference); then baseline again.");
    this.report = report;
  }

  /** How the database differs from the snapshot. */
  public DriftReport report() {
    return report;
  }
}
