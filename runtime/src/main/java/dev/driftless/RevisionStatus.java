package dev.driftless;

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
}
