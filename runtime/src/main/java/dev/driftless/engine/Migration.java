package dev.driftless.engine;

import dev.driftless.ops.Ops;

/**
 * One step of schema history. Generated revisions implement it; so can hand-written ones, with a
 * {@link dev.driftless.annotations.Revision @Revision} annotation naming their parent.
 *
 * <p>Both methods only record operations on {@code op}; the engine runs them, one transaction per
 * revision. Implementations need a public no-argument constructor.
 */
public interface Migration {

  /** Records the operations that move the schema forward. */
  void upgrade(Ops op);

  /** Records the operations that exactly undo {@link #upgrade}. */
  void downgrade(Ops op);
}
