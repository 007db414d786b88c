package dev.driftless.snapshot;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The text of a snapshot file, with the file named in every error. The JDK's own messages name
 * neither the file nor the way out ({@code Is a directory}, {@code Input length = 1}).
 */
final class SnapshotFile {
  private SnapshotFile() {}

  /**
   * Reads {@code file} as UTF-8, refusing malformed bytes rather than replacing them.
   *
   * @throws IOException naming the file, if it is missing, a directory or unreadable
   * @throws SnapshotFormatException naming the file, if it is not UTF-8 text
   */
  static String read(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException(file + " is a directory, not a snapshot file. Point the snapshot "
          + "option at a .json file in it (for example " + file.resolve("app.json") + ").");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new IOException(file + " does not exist", e);
    } catch (AccessDeniedException e) {
      throw new IOException(file + " cannot be read: permission denied", e);
    } catch (IOException e) {
      throw new IOException(file + " cannot be read: " + e.getMessage(), e);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new SnapshotFormatException(file + " is not UTF-8 text (" + e.getMessage()
          + " at or after byte " + firstBadByte(bytes) + "). Driftless writes snapshots in "
          + "UTF-8: restore the file from version control, or save it as UTF-8.", e);
    }
  }

  /** The offset of the first byte a UTF-8 decoder refuses, for the message. */
  private static int firstBadByte(byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    var out = java.nio.CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    return in.position();
  }
}
