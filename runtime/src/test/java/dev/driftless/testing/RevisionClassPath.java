package dev.driftless.testing;

import dev.driftless.internal.engine.RevisionIndex;
import dev.driftless.internal.engine.UnitPaths;
import dev.driftless.schema.Schema;
import dev.driftless.snapshot.SnapshotCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A class loader that holds what the processor would leave on the class path: a revision index
 * naming the given classes, and a snapshot.
 */
public final class RevisionClassPath {
  private RevisionClassPath() {}

  /**
   * Writes what the processor with {@code -Adriftless.unit=unit} leaves in its class output into
   * {@code directory}: the unit's index and snapshot, and its line in the units index.
   */
  public static void unit(Path directory, String unit, Schema snapshot, Class<?>... revisions) {
    UnitPaths paths = new UnitPaths(unit);
    try {
      Path index = directory.resolve(paths.revisionIndex());
      Files.createDirectories(index.getParent());
      Files.writeString(index, Arrays.stream(revisions).map(Class::getName)
          .collect(Collectors.joining("\n", "", "\n")));
      Files.writeString(directory.resolve(paths.snapshot()), new SnapshotCodec().write(snapshot));
      Files.writeString(directory.resolve(UnitPaths.UNITS_INDEX), unit + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A class loader over {@code directories}, in that order. */
  public static ClassLoader loader(Path... directories) {
    try {
      URL[] urls = new URL[directories.length];
      for (int i = 0; i < directories.length; i++) {
        urls[i] = directories[i].toUri().toURL();
      }
      return new URLClassLoader(urls, RevisionClassPath.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }

  public static ClassLoader of(Path directory, Schema snapshot, Class<?>... revisions) {
    try {
      Path index = directory.resolve(RevisionIndex.RESOURCE);
      Files.createDirectories(index.getParent());
      Files.writeString(index, Arrays.stream(revisions).map(Class::getName)
          .collect(Collectors.joining("\n", "", "\n")));
      Files.writeString(directory.resolve(RevisionIndex.SNAPSHOT_RESOURCE),
          new SnapshotCodec().write(snapshot));
      return new URLClassLoader(new URL[] {directory.toUri().toURL()},
          RevisionClassPath.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
