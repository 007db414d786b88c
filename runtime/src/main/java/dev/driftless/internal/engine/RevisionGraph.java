package dev.driftless.internal.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The revisions of one schema as a graph of ids and parents, checked on construction: unique ids,
 * known parents, no cycles.
 */
public final class RevisionGraph {
  private final Map<String, LoadedRevision> byId = new TreeMap<>();
  private final List<LoadedRevision> ordered;

  public RevisionGraph(Collection<LoadedRevision> revisions) {
    for (LoadedRevision revision : revisions) {
      LoadedRevision clash = byId.put(revision.id(), revision);
      if (clash != null) {
        throw new IllegalStateException(
            "revision id " + revision.id() + " is used by both " + clash.className() + " and "
                + revision.className() + "; give one of them a new id");
      }
    }
    for (LoadedRevision revision : byId.values()) {
      for (String parent : revision.parents()) {
        if (!byId.containsKey(parent)) {
          throw new IllegalStateException(
              "revision " + revision.id() + " (" + revision.className() + ") follows " + parent
                  + ", which is not on the class path. Restore revision " + parent + " (its "
                  + "class was deleted or renamed, or it is in a jar or module missing from the "
                  + "class path: each lists its revisions in " + RevisionIndex.RESOURCE
                  + "); or, if it was removed on purpose and " + revision.id() + " was never "
                  + "applied anywhere, change " + revision.id() + "'s @Revision(parents = ...) "
                  + "to the revision it should now follow (`driftless heads` lists the heads).");
        }
      }
    }
    ordered = topologicalOrder();
  }

  /** Every revision, parents before children; ties broken by id, so the order is stable. */
  public List<LoadedRevision> fromBase() {
    return ordered;
  }

  /** Ids of revisions that no other revision follows. */
  public Set<String> heads() {
    Set<String> heads = new TreeSet<>(byId.keySet());
    byId.values().forEach(r -> heads.removeAll(r.parents()));
    return heads;
  }

  /** The same graph with every revision's operations passed through {@code translation}. */
  RevisionGraph translated(
      java.util.function.UnaryOperator<dev.driftless.ops.SchemaOp> translation) {
    return new RevisionGraph(ordered.stream().map(r -> r.translated(translation)).toList());
  }

  /**
   * The revisions not in {@code applied} that {@code migrate()} holds back: each contract revision
   * and everything that follows one, parents first.
   */
  public List<LoadedRevision> heldBack(Set<String> applied) {
    Set<String> held = new HashSet<>();
    List<LoadedRevision> result = new ArrayList<>();
    for (LoadedRevision revision : fromBase()) {
      if (!applied.contains(revision.id()) && (revision.isContract()
          || revision.parents().stream().anyMatch(held::contains))) {
        held.add(revision.id());
        result.add(revision);
      }
    }
    return result;
  }

  boolean contains(String id) {
    return byId.containsKey(id);
  }

  /**
   * The revision a target names: its full id or an unambiguous prefix of it, like git.
   *
   * @throws IllegalArgumentException naming the candidates when there is none or several
   */
  LoadedRevision resolve(String idOrPrefix) {
    LoadedRevision exact = byId.get(idOrPrefix);
    if (exact != null) {
      return exact;
    }
    List<String> matches = byId.keySet().stream().filter(id -> id.startsWith(idOrPrefix))
        .toList();
    if (matches.size() == 1) {
      return byId.get(matches.get(0));
    }
    throw new IllegalArgumentException(matches.isEmpty()
        ? "No revision " + idOrPrefix + " on the class path (see `history`)"
        : "Revision prefix " + idOrPrefix + " is ambiguous: " + matches);
  }

  /** {@code id} and every revision it follows, directly or not, parents first. */
  List<LoadedRevision> ancestorsInclusive(String id) {
    Set<String> wanted = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(id));
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (wanted.add(next)) {
        todo.addAll(byId.get(next).parents());
      }
    }
    return ordered.stream().filter(r -> wanted.contains(r.id())).toList();
  }

  private List<LoadedRevision> topologicalOrder() {
    Map<String, Integer> waitingOn = new HashMap<>();
    Map<String, List<String>> children = new HashMap<>();
    for (LoadedRevision revision : byId.values()) {
      waitingOn.put(revision.id(), new HashSet<>(revision.parents()).size());
      for (String parent : new HashSet<>(revision.parents())) {
        children.computeIfAbsent(parent, p -> new ArrayList<>()).add(revision.id());
      }
    }
    TreeSet<String> ready = new TreeSet<>();
    waitingOn.forEach((id, count) -> {
      if (count == 0) {
        ready.add(id);
      }
    });
    List<LoadedRevision> order = new ArrayList<>();
    Deque<String> unused = new ArrayDeque<>();
    while (!ready.isEmpty()) {
      String id = ready.pollFirst();
      order.add(byId.get(id));
      for (String child : children.getOrDefault(id, List.of())) {
        if (waitingOn.merge(child, -1, Integer::sum) == 0) {
          ready.add(child);
        }
      }
    }
    if (order.size() != byId.size()) {
      byId.keySet().stream().filter(id -> waitingOn.get(id) > 0).forEach(unused::add);
      throw new IllegalStateException("revisions " + unused + " form a cycle of parents");
    }
    return List.copyOf(order);
  }
}
