/**
 * <b>Internal, not API:</b> the drift check behind {@code Driftless.check()} and
 * {@code verify()} and the command line's {@code check}. {@code DriftCheck} reads the live
 * catalog, diffs it against the snapshot with the same differ that writes revisions, and
 * describes each operation as a {@code dev.driftless.Difference}; {@code DriftFilter} leaves out
 * the objects the application does not own. May change in any release.
 */
package dev.driftless.internal.drift;
