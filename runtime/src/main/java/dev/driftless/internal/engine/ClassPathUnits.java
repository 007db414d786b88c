package dev.driftless.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The schema units a class loader sees, and one unit's resources read so that two modules
 * claiming the same unit are an error instead of one silently hiding the other.
 *
 * <p>Copies with the same content are one unit seen twice (a module's {@code target/classes} and
 * its test output, a jar and the directory it was built from) and are not an error.
 */
public final class ClassPathUnits {
  private final ClassLoader loader;

  public ClassPathUnits(ClassLoader loader) {
    this.loader = Objects.requireNonNull(loader, "loader");
  }

  /**
   * What the class path holds for one unit.
   *
   * @param revisionClasses the indexed revision classes, sorted
   * @param snapshotText the committed snapshot's JSON
   * @param snapshotOrigin where it came from, for messages
   */
  public record Content(String unit, List<String> revisionClasses, String snapshotText,
      String snapshotOrigin) {}

  /** Every unit found, sorted, the unnamed one ({@value UnitPaths#DEFAULT}) first if present. */
  public List<String> names() {
    TreeSet<String> names = new TreeSet<>();
    for (URL url : resources(UnitPaths.UNITS_INDEX)) {
      for (String line : read(url).lines().map(String::strip).toList()) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          names.add(new UnitPaths(line).unit());
        }
      }
    }
    UnitPaths unnamed = new UnitPaths(UnitPaths.DEFAULT);
    if (loader.getResource(unnamed.snapshot()) != null
        || loader.getResource(unnamed.revisionIndex()) != null) {
      names.add(UnitPaths.DEFAULT);
    }
    return List.copyOf(names);
  }

  /**
   * Reads {@code unit}: its revision index and its snapshot (from {@code snapshotResource} when
   * that is not null).
   *
   * @throws IllegalArgumentException if the class path has no such unit, naming those it has
   * @throws IllegalStateException if its snapshot is missing, or two class-path entries hold
   *     different copies of it
   */
  public Content read(String unit, String snapshotResource) {
    UnitPaths paths = new UnitPaths(unit);
    String snapshot = snapshotResource != null ? snapshotResource : paths.snapshot();
    Map<String, String> indexes = byRoot(paths.revisionIndex());
    Map<String, String> snapshots = byRoot(snapshot);
    if (snapshots.isEmpty()) {
      throw missing(paths, snapshot, indexes.isEmpty());
    }
    requireOneClaim(paths, indexes, snapshots);
    TreeSet<String> classes = new TreeSet<>();
    indexes.values().forEach(text -> classes.addAll(RevisionIndex.classNames(text)));
    Map.Entry<String, String> first = snapshots.entrySet().iterator().next();
    return new Content(unit, List.copyOf(classes), first.getValue(),
        "class-path resource " + snapshot + " in " + first.getKey());
  }

  private RuntimeException missing(UnitPaths paths, String snapshot, boolean nothing) {
    List<String> known = names();
    String found = known.isEmpty() ? "none" : String.join(", ", known.stream()
        .map(u -> u.equals(UnitPaths.DEFAULT) ? "(unnamed)" : u).toList());
    if (nothing && !paths.unit().equals(UnitPaths.DEFAULT)) {
      return new IllegalArgumentException("No " + paths.describe() + " on the class path; the "
          + "units found are: " + found + ". Check the unit name, and that the module whose "
          + "processor has -Adriftless.unit=" + paths.unit() + " is a dependency.");
    }
    if (nothing && !known.isEmpty()) {
      return new IllegalStateException("No schema snapshot at class-path resource " + snapshot
          + ": this class path has only named schema units (" + found + "). Choose one: "
          + "Driftless.configure().unit(\"" + known.get(0) + "\"), the command line's --unit, "
          + "the Maven plugin's -Ddriftless.unit or the starter's driftless.units.<name>.*.");
    }
    return new IllegalStateException("No schema snapshot at class-path resource " + snapshot
        + ". Is the Driftless annotation processor configured for this project "
        + "(annotationProcessorPaths and -Adriftless.snapshot=...)? See the README.");
  }

  /** Fails when two roots hold different indexes, or different snapshots, of the unit. */
  private static void requireOneClaim(UnitPaths paths, Map<String, String> indexes,
      Map<String, String> snapshots) {
    Map<Object, String> indexClaims = new LinkedHashMap<>();
    indexes.forEach((root, text) -> indexClaims.putIfAbsent(RevisionIndex.classNames(text), root));
    Map<Object, String> snapshotClaims = new LinkedHashMap<>();
    snapshots.forEach((root, text) -> snapshotClaims.putIfAbsent(text, root));
    Map<Object, String> claims = indexClaims.size() > 1 ? indexClaims : snapshotClaims;
    if (claims.size() > 1) {
      throw new IllegalStateException("Two class-path entries claim " + paths.describe()
          + " with different " + (claims == indexClaims ? "revisions" : "snapshots") + ": "
          + String.join(" and ", new ArrayList<>(claims.values()).subList(0, 2)) + " (each has "
          + (claims == indexClaims ? paths.revisionIndex() : paths.snapshot()) + "). Each module "
          + "that runs the Driftless processor needs a unit of its own: give one of them "
          + "-Adriftless.unit=<name> (README: \"Several models or databases\"), or remove the "
          + "stale one from the class path.");
    }
  }

  /** Each copy of {@code resource}'s text, keyed by the jar or directory holding it. */
  private Map<String, String> byRoot(String resource) {
    Map<String, String> copies = new TreeMap<>();
    for (URL url : resources(resource)) {
      copies.putIfAbsent(root(url, resource), read(url));
    }
    return copies;
  }

  private List<URL> resources(String resource) {
    try {
      return Collections.list(loader.getResources(resource));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }

  /** {@code /app/lib/billing.jar} or {@code /app/billing/target/classes}, as people know them. */
  static String root(URL url, String resource) {
    String text = url.toString();
    String base = text.endsWith(resource) ? text.substring(0, text.length() - resource.length())
        : text;
    if (base.startsWith("jar:") && base.endsWith("!/")) {
      base = base.substring("jar:".length(), base.length() - "!/".length());
    }
    try {
      URI uri = new URI(base);
      return "file".equals(uri.getScheme()) ? Path.of(uri).toString() : base;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return base;
    }
  }

  private static String read(URL url) {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + url + ": " + e.getMessage(), e);
    }
  }
}
