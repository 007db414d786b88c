package dev.driftless.spring.boot.actuate;

import dev.driftless.Driftless;
import dev.driftless.RevisionStatus;
import dev.driftless.spring.boot.DriftlessUnits;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The health both Boot lines' indicators report, from the version table alone (one query, no
 * lock, so a probe never waits for a migration): up when every revision on the class path is
 * applied, down when the database lacks some, naming them.
 */
record HistoryHealth(boolean up, int applied, List<String> pending) {

  static HistoryHealth of(Driftless driftless) {
    List<RevisionStatus> history = driftless.history();
    List<String> pending = history.stream().filter(status -> !status.isApplied())
        .map(status -> status.revision().id()).toList();
    return new HistoryHealth(pending.isEmpty(), history.size() - pending.size(), pending);
  }

  /** {@code applied} and {@code pending}, in that order. */
  Map<String, Object> details() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("applied", applied);
    details.put("pending", pending);
    return details;
  }

  /**
   * Every unit's health: up when each unit is. The unnamed unit alone keeps its details as they
   * were ({@code applied}, {@code pending}); with named units, each unit's are under its name.
   */
  record OfUnits(boolean up, Map<String, Object> details) {
    static OfUnits of(DriftlessUnits units) {
      if (units.isUnnamedOnly()) {
        HistoryHealth health = HistoryHealth.of(units.get(""));
        return new OfUnits(health.up(), health.details());
      }
      boolean up = true;
      Map<String, Object> details = new LinkedHashMap<>();
      for (Driftless unit : units.all()) {
        HistoryHealth health = HistoryHealth.of(unit);
        up &= health.up();
        details.put(DriftlessEndpoint.key(unit.unit()), health.details());
      }
      return new OfUnits(up, details);
    }
  }
}
