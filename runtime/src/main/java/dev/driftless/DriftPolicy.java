package dev.driftless;

/** What {@code Driftless.verify()} does when the database differs from the snapshot. */
public enum DriftPolicy {
  /** Throw {@link DriftException}: the application does not start on a drifted database. */
  FAIL,
  /** Log the report as a warning and carry on. */
  WARN,
  /** Do not check at all. */
  OFF
}
