package dev.driftless.processor.store;

import dev.driftless.schema.Schema;
import dev.driftless.snapshot.SnapshotCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * The committed snapshot file and the committed revision sources on disk. Writes are atomic
 * (a temporary file, then a rename), so an interrupted build never leaves a half-written file.
 */
public final class SnapshotStore {
  private final SnapshotCodec codec = new SnapshotCodec();

  /** The snapshot at {@code path}, or the empty schema if there is none yet. */
  public Schema read(Path path) throws IOException {
    if (!Files.exists(path)) {
      return Schema.empty();
    }
    return codec.read(Files.readString(path, StandardCharsets.UTF_8), path.toString());
  }

  public String render(Schema schema) {
    return codec.write(schema);
  }

  /** Writes {@code text} unless the file already holds exactly it; returns whether it wrote. */
  public static boolean writeIfChanged(Path path, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (Files.exists(path) && Arrays.equals(Files.readAllBytes(path), bytes)) {
      return false;
    }
    Path parent = path.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temporary = Files.createTempFile(parent, path.getFileName().toString(), ".tmp");
    try {
      Files.write(temporary, bytes);
      try {
        Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
    return true;
  }
}
