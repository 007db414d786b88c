package dev.driftless.internal.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds pending revisions that the graph puts before revisions the database already has: added
 * into the middle of the history after the database moved past that point. Revisions of a
 * parallel branch are not among them (neither follows the other; a merge revision joins them),
 * only revisions some applied revision follows, directly or not.
 */
final class OutOfOrderRevisions {
  private OutOfOrderRevisions() {}

  /**
   * Each revision of {@code planned} that some applied revision follows, with the applied
   * revisions that follow it, in the graph's order.
   */
  static Map<LoadedRevision, List<String>> in(RevisionGraph graph, Set<String> applied,
      List<LoadedRevision> planned) {
    Map<LoadedRevision, List<String>> found = new LinkedHashMap<>();
    for (LoadedRevision pending : planned) {
      List<String> after = new ArrayList<>();
      for (String id : applied) {
        if (graph.contains(id) && graph.ancestorsInclusive(id).contains(pending)) {
          after.add(id);
        }
      }
      if (!after.isEmpty()) {
        found.put(pending, List.copyOf(after));
      }
    }
    return found;
  }

  /** One line per revision, for an error or a warning. */
  static String describe(Map<LoadedRevision, List<String>> found) {
    List<String> lines = new ArrayList<>();
    found.forEach((revision, after) -> lines.add(revision.id() + " (" + revision.className()
        + ") comes before " + String.join(", ", after) + ", already applied"));
    return String.join("\n  - ", lines);
  }
}
