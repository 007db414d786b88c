package dev.driftless.snapshot;

/** A snapshot file that cannot be read: bad JSON, unknown format, or unresolved git conflicts. */
public final class SnapshotFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SnapshotFormatException(String message) {
    super(message);
  }

  public SnapshotFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
