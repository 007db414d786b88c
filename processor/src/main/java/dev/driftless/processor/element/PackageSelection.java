package dev.driftless.processor.element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;
import javax.tools.StandardLocation;

/**
 * The packages {@code -Adriftless.packages} selects: exact names ({@code com.acme.billing}), and
 * patterns ({@code com.acme.billing.*}: that package and every package below it).
 *
 * <p>A pattern is matched against <em>this module's</em> packages: those of the sources being
 * compiled and those of the classes already in the module's class output, which an IDE's
 * partial build compiles against. It does not reach into dependency jars: javac gives a processor
 * no way to list a jar's packages, and matching only the packages javac happened to load would
 * make the schema depend on which classes a build touched. A dependency's entities are selected
 * by naming their packages exactly, which {@link Elements} enumerates wherever the classes are.
 */
public final class PackageSelection {
  private static final Pattern ENTRY =
      Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
          + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*(\\.\\*)?");
  private static final String WILDCARD = ".*";

  private final List<String> exact;
  private final List<String> patterns;

  private PackageSelection(List<String> exact, List<String> patterns) {
    this.exact = exact;
    this.patterns = patterns;
  }

  /**
   * Reads the option's entries.
   *
   * @throws IllegalArgumentException naming an entry that is neither a package nor a pattern
   */
  public static PackageSelection parse(List<String> entries) {
    List<String> exact = new ArrayList<>();
    List<String> patterns = new ArrayList<>();
    for (String entry : entries) {
      if (!ENTRY.matcher(entry).matches()) {
        throw new IllegalArgumentException("-Adriftless.packages: '" + entry + "' is neither a "
            + "package (com.acme.billing) nor a pattern (com.acme.billing.* for that package and "
            + "every package below it)");
      }
      if (entry.endsWith(WILDCARD)) {
        patterns.add(entry.substring(0, entry.length() - WILDCARD.length()));
      } else {
        exact.add(entry);
      }
    }
    return new PackageSelection(List.copyOf(exact), List.copyOf(patterns));
  }

  /** Whether {@code name} is selected. */
  public boolean matches(String name) {
    return exact.contains(name)
        || patterns.stream().anyMatch(p -> name.equals(p) || name.startsWith(p + "."));
  }

  /**
   * The packages selected, sorted: the exact ones, and the module's packages a pattern matches.
   *
   * @param sources the root elements of this compilation
   */
  public SortedSet<String> resolve(Set<? extends Element> sources, Elements elements,
      Filer filer) {
    SortedSet<String> selected = new TreeSet<>(exact);
    if (patterns.isEmpty()) {
      return selected;
    }
    for (Element source : sources) {
      String name = elements.getPackageOf(source).getQualifiedName().toString();
      if (matches(name)) {
        selected.add(name);
      }
    }
    classOutput(filer).ifPresent(root -> selected.addAll(compiledPackages(root)));
    return selected;
  }

  /** The class output directory, when the file manager has one on disk (javac and Maven do). */
  private static Optional<Path> classOutput(Filer filer) {
    try {
      URI probe = filer.getResource(StandardLocation.CLASS_OUTPUT, "", "driftless.probe").toUri();
      return "file".equals(probe.getScheme())
          ? Optional.of(Path.of(probe).getParent()) : Optional.empty();
    } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
      return Optional.empty(); // an in-memory file manager: only the sources count
    }
  }

  /** The packages below a pattern's root that hold a class file in {@code root}. */
  private SortedSet<String> compiledPackages(Path root) {
    SortedSet<String> found = new TreeSet<>();
    for (String pattern : patterns) {
      Path directory = root.resolve(pattern.replace('.', '/'));
      if (!Files.isDirectory(directory)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(directory)) {
        files.filter(f -> f.getFileName().toString().endsWith(".class"))
            .map(f -> root.relativize(f.getParent()).toString()
                .replace(f.getFileSystem().getSeparator(), "."))
            .forEach(found::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + directory + ": " + e.getMessage(), e);
      }
    }
    return found;
  }

  @Override
  public String toString() {
    List<String> entries = new ArrayList<>(exact);
    patterns.forEach(p -> entries.add(p + WILDCARD));
    return entries.toString();
  }
}
