package dev.driftless.internal.engine;

import dev.driftless.AppliedRevision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks the version table against the revisions on the class path before anything runs, so that
 * a database is never migrated on a history it does not share with the code.
 */
final class HistoryValidator {
  private HistoryValidator() {}

  /** Every problem found, each naming the revision and the way out; empty when all is well. */
  static List<String> problems(RevisionGraph graph, Map<String, AppliedRevision> records,
      Checksums checksums) {
    List<String> problems = new ArrayList<>();
    for (AppliedRevision record : records.values()) {
      if (!graph.contains(record.id())) {
        problems.add("Revision " + record.id() + " is recorded as applied (on "
            + record.appliedAt() + ") but is not on the class path: its class was deleted, or "
            + "this database belongs to another application. Restore the revision, or run "
            + "`driftless repair --forget-missing` to drop it from the history.");
        continue;
      }
      LoadedRevision revision = graph.resolve(record.id());
      String now = checksums.of(revision);
      if (!now.equals(record.checksum())) {
        problems.add("Revision " + record.id() + " (" + revision.className() + ") changed "
            + "after it was applied: its SQL checksum was " + abbreviate(record.checksum())
            + " and is now " + abbreviate(now) + ". Undo the edit and write a new revision "
            + "instead, or, if the edit only restates what the database already has, run "
            + "`driftless repair --accept-checksums`.");
      }
    }
    return problems;
  }

  private static String abbreviate(String checksum) {
    return checksum.length() > 12 ? checksum.substring(0, 12) : checksum;
  }
}
