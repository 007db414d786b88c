package dev.driftless.annotations;

/**
 * Where a revision belongs in a deploy. A revision that keeps the previous release working is
 * {@link #SINGLE} or {@link #EXPAND} and is applied by {@code migrate()}; a {@link #CONTRACT}
 * revision removes what only the previous release used and waits for an explicit
 * {@code contract()}, run once no instance of that release is left.
 */
public enum Phase {
  /** An ordinary revision, applied by {@code migrate()}. */
  SINGLE,
  /**
   * The first half of a change made for a rolling deploy: adds the new objects next to the old
   * ones (and keeps the two in sync), so that the previous and the new release both work.
   * Applied by {@code migrate()}.
   */
  EXPAND,
  /**
   * The second half: drops the old objects and the sync triggers. Held back by
   * {@code migrate()}; applied by {@code contract()} after the rollout.
   */
  CONTRACT
}
