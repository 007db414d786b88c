/**
 * <b>Internal</b>, shared with the annotation processor: {@link dev.driftless.diff.SchemaDiffer}
 * turns two schemas into the operations between them, at compile time to write a revision and at
 * run time for the drift check; {@link dev.driftless.diff.RenameHints} and
 * {@link dev.driftless.diff.OnlineForms} steer it. Public only because the processor is another
 * module; not API, and may change in any release.
 */
package dev.driftless.diff;
