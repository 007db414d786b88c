package dev.driftless.internal.engine;

import dev.driftless.annotations.Revision;
import dev.driftless.engine.Migration;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;

/**
 * Where the processor leaves what the runtime needs on the class path, and how it is read back.
 *
 * <p>The processor writes the names of all revision classes it can see into {@link #RESOURCE};
 * the runtime loads exactly those. No class-path scanning, so it works the same from a directory,
 * a jar or a fat jar.
 */
public final class RevisionIndex {

  /** One revision class name per line. */
  public static final String RESOURCE = "META-INF/driftless/revisions.idx";

  /** A copy of the committed schema snapshot, for the drift check. */
  public static final String SNAPSHOT_RESOURCE = "META-INF/driftless/schema.json";

  private RevisionIndex() {}

  /** Loads and instantiates every indexed revision visible to {@code loader}. */
  public static List<LoadedRevision> load(ClassLoader loader) {
    TreeSet<String> classNames = new TreeSet<>();
    try {
      Enumeration<URL> indexes = loader.getResources(RESOURCE);
      while (indexes.hasMoreElements()) {
        classNames.addAll(readLines(indexes.nextElement()));
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
    List<LoadedRevision> revisions = new ArrayList<>();
    for (String className : classNames) {
      revisions.add(instantiate(loader, className));
    }
    return revisions;
  }

  private static List<String> readLines(URL url) throws IOException {
    List<String> lines = new ArrayList<>();
    try (InputStream in = url.openStream();
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line.strip());
        }
      }
    }
    return lines;
  }

  private static String emptyToNull(String value) {
    return value.isBlank() ? null : value;
  }

  private static LoadedRevision instantiate(ClassLoader loader, String className) {
    Class<?> type;
    try {
      type = Class.forName(className, true, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          "revision " + className + " is listed in " + RESOURCE + " but not on the class path; "
              + "rebuild the project (mvn clean compile)", e);
    }
    Revision revision = type.getAnnotation(Revision.class);
    if (revision == null || !Migration.class.isAssignableFrom(type)) {
      throw new IllegalStateException(
          className + " must implement " + Migration.class.getName() + " and carry @Revision");
    }
    try {
      Migration migration = (Migration) type.getDeclaredConstructor().newInstance();
      return new LoadedRevision(revision.id(), Arrays.asList(revision.parents()),
          revision.message(), migration, emptyToNull(revision.lockTimeout()),
          emptyToNull(revision.statementTimeout()), revision.transactional());
    } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
        | InvocationTargetException e) {
      throw new IllegalStateException(
          "cannot create revision " + className + ": it needs a public no-argument constructor",
          e);
    }
  }
}
