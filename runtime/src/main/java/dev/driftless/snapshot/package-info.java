/**
 * <b>Internal</b>, shared with the annotation processor:
 * {@link dev.driftless.snapshot.SnapshotCodec} reads and writes the committed JSON schema
 * snapshot. The file format is described in the README; these classes are public only because the
 * processor is another module, and may change in any release. {@code load()} throws
 * {@link dev.driftless.snapshot.SnapshotFormatException} when the snapshot on the class path
 * cannot be read.
 */
package dev.driftless.snapshot;
