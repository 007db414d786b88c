package dev.driftless.internal.engine;

import dev.driftless.annotations.Revision;
import dev.driftless.engine.Migration;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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

  /** One revision class name per line: the unnamed unit's ({@link UnitPaths#revisionIndex()}). */
  public static final String RESOURCE = "META-INF/driftless/revisions.idx";

  /** A copy of the unnamed unit's committed snapshot, for the drift check. */
  public static final String SNAPSHOT_RESOURCE = "META-INF/driftless/schema.json";

  private RevisionIndex() {}

  /** Instantiates the revision classes {@code classNames}, as {@code loader} finds them. */
  public static List<LoadedRevision> load(ClassLoader loader, Collection<String> classNames) {
    List<LoadedRevision> revisions = new ArrayList<>();
    for (String className : new TreeSet<>(classNames)) {
      revisions.add(instantiate(loader, className));
    }
    return revisions;
  }

  /** The class names an index lists, sorted: one per line, {@code #} starts a comment. */
  public static List<String> classNames(String indexText) {
    return indexText.lines().map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#")).sorted().distinct().toList();
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
          emptyToNull(revision.statementTimeout()), revision.transactional(),
          revision.phase());
    } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
        | InvocationTargetException e) {
      throw new IllegalStateException(
          "cannot create revision " + className + ": it needs a public no-argument constructor",
          e);
    }
  }
}
