package dev.driftless.snapshot;

import dev.driftless.schema.Schema;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads and writes the committed schema snapshot.
 *
 * <p>The layout is made for code review and for git: tables sorted by name, one column,
 * constraint or index per line, no timestamps and no head pointer, so an unchanged model writes
 * the same bytes and two branches that touch different tables merge without a conflict.
 */
public final class SnapshotCodec {

  /** The format this version writes, and the newest it reads. */
  public static final int FORMAT = 1;

  /** The snapshot text for {@code schema}, ending in a newline. */
  public String write(Schema schema) {
    return SnapshotWriter.write(schema);
  }

  /**
   * Parses snapshot text.
   *
   * @param source where the text came from, for error messages
   * @throws SnapshotFormatException on merge-conflict markers, bad JSON or an unknown format
   */
  public Schema read(String text, String source) {
    return SnapshotReader.read(text, source);
  }

  /**
   * Reads the snapshot file {@code file}; every error names it.
   *
   * @throws IOException if it is missing, a directory or unreadable
   * @throws SnapshotFormatException if it is not UTF-8 text or not a snapshot this reads
   */
  public Schema read(Path file) throws IOException {
    return read(text(file), file.toString());
  }

  /**
   * The text of the snapshot file {@code file}, not parsed: a caller that holds the text this
   * codec would write for its schema can compare the two before paying for a parse.
   *
   * @throws IOException if it is missing, a directory or unreadable
   * @throws SnapshotFormatException if it is not UTF-8 text
   */
  public String text(Path file) throws IOException {
    return SnapshotFile.read(file);
  }
}
