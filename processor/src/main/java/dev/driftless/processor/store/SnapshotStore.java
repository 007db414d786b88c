package dev.driftless.processor.store;

import dev.driftless.schema.Schema;
import dev.driftless.snapshot.SnapshotCodec;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * The committed snapshot file and the committed revision sources on disk. Writes are atomic
 * (a temporary file, then a rename), so an interrupted build never leaves a half-written file.
 */
public final class SnapshotStore {
  private final SnapshotCodec codec = new SnapshotCodec();

  /**
   * The snapshot at {@code path}, or empty if there is no file there yet (a first build).
   *
   * @throws IOException naming the file, if it is a directory or cannot be read
   */
  public Optional<Schema> read(Path path) throws IOException {
    if (!Files.exists(path) && !Files.isSymbolicLink(path)) {
      return Optional.empty();
    }
    return Optional.of(codec.read(path));
  }

  /**
   * The snapshot at {@code path} ({@link StoredSnapshot#none()} if there is no file yet), parsed
   * now unless it holds exactly {@code modelText}: a snapshot that differs from the model is
   * parsed, so a malformed one fails here, as {@link #read} fails.
   *
   * @throws IOException naming the file, if it is a directory or cannot be read
   * @throws dev.driftless.snapshot.SnapshotFormatException if it differs and is not a snapshot
   */
  public StoredSnapshot read(Path path, String modelText) throws IOException {
    if (!Files.exists(path) && !Files.isSymbolicLink(path)) {
      return StoredSnapshot.none();
    }
    StoredSnapshot stored = StoredSnapshot.of(codec.text(path), path.toString());
    if (!stored.holds(modelText)) {
      stored.schema();
    }
    return stored;
  }

  public String render(Schema schema) {
    return codec.write(schema);
  }

  /**
   * Writes {@code text} unless the file already holds exactly it; returns whether it wrote. A file
   * that exists keeps its permissions; a new one gets those the umask gives any new file.
   *
   * @throws IOException naming the file, also when it is read-only: a read-only snapshot or
   *     revision was made so on purpose (or by a tool), and replacing it would undo that
   */
  public static boolean writeIfChanged(Path path, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    boolean exists = Files.exists(path);
    if (exists && Arrays.equals(Files.readAllBytes(path), bytes)) {
      return false;
    }
    if (exists && isReadOnly(path)) {
      throw new IOException(path + " is read-only, so Driftless did not replace it. Make it "
          + "writable (chmod u+w " + path + ") if it should change, then build again");
    }
    Path parent = path.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    // Not Files.createTempFile: it makes every file rw------- whatever the umask, and the rename
    // would hand that mode to the snapshot and to committed revisions.
    Path temporary = parent.resolve("." + path.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        out.write(bytes);
      }
      if (exists) {
        keepPermissions(path, temporary);
      }
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

  /**
   * Whether nobody may write the file. The permission bits, not {@link Files#isWritable}, on a
   * POSIX file system: a build running as root may write anything, and would still replace it.
   */
  private static boolean isReadOnly(Path path) throws IOException {
    PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
    if (posix != null) {
      return !posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
    }
    return !Files.isWritable(path);
  }

  private static void keepPermissions(Path from, Path to) throws IOException {
    PosixFileAttributeView posix = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    if (posix != null) {
      Files.setPosixFilePermissions(to, posix.readAttributes().permissions());
    }
  }
}
