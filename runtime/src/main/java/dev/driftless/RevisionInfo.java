package dev.driftless;

import java.util.List;
import java.util.Objects;

/**
 * A revision found on the class path, as {@link Driftless#revisions()} and
 * {@link Driftless#history()} show it.
 *
 * @param id revision id, from its {@code @Revision}
 * @param parents ids of the revisions it follows; empty for the first revision
 * @param message what it changes
 * @param className the fully qualified name of the revision class
 */
public record RevisionInfo(String id, List<String> parents, String message, String className) {

  public RevisionInfo {
    Objects.requireNonNull(id, "id");
    parents = List.copyOf(parents);
    Objects.requireNonNull(className, "className");
  }
}
