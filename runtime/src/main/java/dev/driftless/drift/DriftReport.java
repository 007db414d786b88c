package dev.driftless.drift;

import java.util.List;

/** The result of a drift check: every difference between the database and the snapshot. */
public record DriftReport(List<Difference> differences) {

  public DriftReport {
    differences = List.copyOf(differences);
  }

  /** Whether the database matches the snapshot exactly. */
  public boolean isClean() {
    return differences.isEmpty();
  }

  /** A report a person reads at a glance; one block per difference. */
  public String format() {
    if (isClean()) {
      return "No drift: the database matches the snapshot.";
    }
    StringBuilder out = new StringBuilder("Drift: the database differs from the snapshot in ")
        .append(differences.size()).append(differences.size() == 1 ? " place:" : " places:");
    for (Difference d : differences) {
      out.append("\n  ").append(d.object())
          .append("\n    snapshot:     ").append(d.expected())
          .append("\n    database:     ").append(d.actual())
          .append("\n    to reconcile: ").append(d.reconcileSql().replace("\n", "\n      "));
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return format();
  }
}
