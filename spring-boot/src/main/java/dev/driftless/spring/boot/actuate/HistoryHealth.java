package dev.driftless.spring.boot.actuate;

import dev.driftless.Driftless;
import dev.driftless.RevisionStatus;
import java.util.List;

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
}
