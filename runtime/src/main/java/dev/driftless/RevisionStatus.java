package dev.driftless;

import dev.driftless.annotations.Phase;
import java.util.Locale;
import java.util.Set;

/**
 * One revision in {@code history()}: what it is, whether the database has it, and whether it is a
 * head of the graph.
 *
 * @param revision the revision
 * @param applied its version-table row, or {@code null} if the database does not have it
 * @param head whether no other revision follows it
 */
public record RevisionStatus(RevisionInfo revision, AppliedRevision applied, boolean head) {

  public boolean isApplied() {
    return applied != null;
  }

  /**
   * One line for a history listing, as the command line's {@code history} and the Maven plugin's
   * {@code driftless:history} print it: {@code [x] id  message  (applied ... by ... in N ms;
   * follows parent; head)}, with {@code [ ]} and {@code pending} for a revision not applied; the
   * message of an expand or contract revision starts with its phase.
   */
  public String describe() {
    String when = !isApplied()
        ? revision.phase() == Phase.CONTRACT ? "pending: waits for contract" : "pending"
        : Set.of("stamped", "baselined").contains(applied.outcome())
            ? applied.outcome() + " " + applied.appliedAt() + " by " + applied.appliedBy()
            : "applied " + applied.appliedAt() + " by " + applied.appliedBy() + " in "
                + applied.executionMillis() + " ms";
    return String.format("[%s] %s  %s%s  (%s%s%s)", isApplied() ? "x" : " ", revision.id(),
        revision.phase() == Phase.SINGLE ? "" : revision.phase().name().toLowerCase(Locale.ROOT)
            + ": ",
        revision.message(), when,
        revision.parents().isEmpty() ? "" : "; follows " + String.join(", ", revision.parents()),
        head ? "; head" : "");
  }
}
