package dev.driftless;

/** Thrown by {@code verify()} when the live database differs from the snapshot. */
public final class DriftException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient DriftReport report;

  DriftException(DriftReport report) {
    super(report.format()
        + "\nIf the change was made by hand, undo it or bring it into the entities and build; "
        + "if revisions are missing, migrate first.");
    this.report = report;
  }

  public DriftReport report() {
    return report;
  }
}
