package dev.driftless;

import dev.driftless.annotations.Phase;
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
 * @param phase where it belongs in a rolling deploy: a {@link Phase#CONTRACT} revision waits for
 *     {@link Driftless#contract()}
 */
public record RevisionInfo(String id, List<String> parents, String message, String className,
    Phase phase) {

  public RevisionInfo {
    Objects.requireNonNull(id, "id");
    parents = List.copyOf(parents);
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(phase, "phase");
  }

  /** An ordinary ({@link Phase#SINGLE}) revision. */
  public RevisionInfo(String id, List<String> parents, String message, String className) {
    this(id, parents, message, className, Phase.SINGLE);
  }
}
