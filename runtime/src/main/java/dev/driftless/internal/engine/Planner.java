package dev.driftless.internal.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns an Alembic-style target into the revisions to run, in order.
 *
 * <ul>
 *   <li>upgrade: {@code head} (the one head), {@code heads} (all), {@code +N} (the next N),
 *       or a revision id or unambiguous prefix (it and everything it follows);
 *   <li>downgrade: {@code -N} (the last N applied), {@code base} (everything), or a revision
 *       (everything applied that it does not follow), always children before parents.
 * </ul>
 */
final class Planner {
  private Planner() {}

  /**
   * {@link #upgrade(RevisionGraph, Set, String)} without the revisions {@code migrate()} holds
   * back (see {@link RevisionGraph#heldBack}), unless {@code contract} says the rollout is done.
   */
  static List<LoadedRevision> upgrade(RevisionGraph graph, Set<String> applied, String target,
      boolean contract) {
    List<LoadedRevision> steps = upgrade(graph, applied, target);
    if (contract) {
      return steps;
    }
    Set<String> held = ids(graph.heldBack(applied));
    return steps.stream().filter(r -> !held.contains(r.id())).toList();
  }

  static List<LoadedRevision> upgrade(RevisionGraph graph, Set<String> applied, String target) {
    List<LoadedRevision> pending = graph.fromBase().stream()
        .filter(r -> !applied.contains(r.id())).toList();
    if (target.equals("head")) {
      Set<String> heads = graph.heads();
      if (heads.size() > 1) {
        throw new IllegalArgumentException("The revisions have " + heads.size() + " heads "
            + heads + ": two branches each added a revision. Add a merge revision whose parents "
            + "are all of them (a class with @Revision(parents = {...}) and empty "
            + "upgrade/downgrade), or upgrade to `heads`.");
      }
      return pending;
    }
    if (target.equals("heads")) {
      return pending;
    }
    if (target.startsWith("+")) {
      int count = count(target);
      return pending.subList(0, Math.min(count, pending.size()));
    }
    Set<String> wanted = ids(graph.ancestorsInclusive(graph.resolve(target).id()));
    return pending.stream().filter(r -> wanted.contains(r.id())).toList();
  }

  static List<LoadedRevision> downgrade(RevisionGraph graph, Set<String> applied, String target) {
    List<LoadedRevision> undoable = new ArrayList<>(graph.fromBase().stream()
        .filter(r -> applied.contains(r.id())).toList());
    Collections.reverse(undoable);
    if (target.equals("base")) {
      return undoable;
    }
    if (target.startsWith("-")) {
      int count = count(target);
      return undoable.subList(0, Math.min(count, undoable.size()));
    }
    Set<String> kept = ids(graph.ancestorsInclusive(graph.resolve(target).id()));
    return undoable.stream().filter(r -> !kept.contains(r.id())).toList();
  }

  /** The revisions a database stamped at {@code target} has: {@code base} means none. */
  static List<LoadedRevision> stamp(RevisionGraph graph, String target) {
    if (target.equals("base")) {
      return List.of();
    }
    if (target.equals("head") || target.equals("heads")) {
      return graph.fromBase();
    }
    return graph.ancestorsInclusive(graph.resolve(target).id());
  }

  private static int count(String target) {
    try {
      int count = Integer.parseInt(target.substring(1));
      if (count > 0) {
        return count;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("Not a relative target: " + target + " (use +N or -N)");
  }

  private static Set<String> ids(List<LoadedRevision> revisions) {
    return revisions.stream().map(LoadedRevision::id).collect(Collectors.toSet());
  }
}
