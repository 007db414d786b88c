package dev.driftless.processor.store;

import dev.driftless.schema.Schema;
import dev.driftless.snapshot.SnapshotCodec;

/**
 * The committed snapshot as one build read it: its text, and the schema parsed from that text
 * when something asks for it.
 *
 * <p>A snapshot is the text {@link SnapshotCodec#write} rendered for a model (one layout: tables
 * sorted by name, a fixed order of keys, no timestamps), so a snapshot whose text is the current
 * model's rendering holds exactly the current model's schema. The everyday build, where no
 * entity changed, can tell that from the text alone and skip the parse and the diff.
 */
public final class StoredSnapshot {
  private static final SnapshotCodec CODEC = new SnapshotCodec();

  private final String text;
  private final String source;
  private Schema schema;

  private StoredSnapshot(String text, String source, Schema schema) {
    this.text = text;
    this.source = source;
    this.schema = schema;
  }

  /** No snapshot file yet: the first build, whose snapshot is the empty schema. */
  static StoredSnapshot none() {
    return new StoredSnapshot(null, null, Schema.empty());
  }

  /** The text of the file {@code source}; parsed on the first {@link #schema()}. */
  static StoredSnapshot of(String text, String source) {
    return new StoredSnapshot(text, source, null);
  }

  /** Whether there is a snapshot file. */
  public boolean exists() {
    return text != null;
  }

  /** Whether the file holds exactly {@code rendered}, the text the codec writes for a schema. */
  public boolean holds(String rendered) {
    return text != null && text.equals(rendered);
  }

  /**
   * The stored schema, parsed once.
   *
   * @throws dev.driftless.snapshot.SnapshotFormatException if the text is not a snapshot
   */
  public Schema schema() {
    if (schema == null) {
      schema = CODEC.read(text, source);
    }
    return schema;
  }
}
