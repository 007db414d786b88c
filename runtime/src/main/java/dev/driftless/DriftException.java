package dev.driftless;

/** Thrown by {@code verify()} when the live database differs from the snapshot. */
public final class DriftException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient DriftReport report;
  private final String unit;

  /** {@code unit}: the schema unit checked, {@code ""} for the unnamed one (not named then). */
  DriftException(DriftReport report, String unit) {
    super((unit.isEmpty() ? "" : "Schema unit '" + unit + "': ") + report.format()
        + "\nIf the change was made by hand, undo it or bring it into the entities and build; "
        + "if revisions are missing, migrate first.");
    this.report = report;
    this.unit = unit;
  }

  public DriftReport report() {
    return report;
  }

  /** The schema unit whose check found the drift; {@code ""} for the unnamed unit. */
  public String unit() {
    return unit;
  }
}
