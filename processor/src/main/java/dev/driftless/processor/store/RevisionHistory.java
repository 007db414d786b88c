package dev.driftless.processor.store;

import dev.driftless.processor.element.AnnotationValues;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The revisions that already exist in the revisions package, compiled or in source, read from
 * their {@code @Revision} annotations. The snapshot deliberately stores no head pointer (every
 * branch would rewrite it); the head is derived from the revisions themselves.
 */
public final class RevisionHistory {
  public static final String REVISION = "dev.driftless.annotations.Revision";

  private final Map<String, TypeElement> byId;
  private final Map<String, List<String>> parents;
  private final List<TypeElement> stale;

  private RevisionHistory(Map<String, TypeElement> byId, Map<String, List<String>> parents,
      List<TypeElement> stale) {
    this.byId = byId;
    this.parents = parents;
    this.stale = stale;
  }

  /**
   * The revisions of {@code revisionsPackage}, leaving out the classes {@code staleRevisions}
   * says an earlier build left behind (they are listed by {@link #stale()}).
   */
  public static RevisionHistory read(Elements elements, AnnotationValues values,
      String revisionsPackage, StaleRevisions staleRevisions) {
    Map<String, TypeElement> byId = new TreeMap<>();
    Map<String, List<String>> parents = new TreeMap<>();
    List<TypeElement> stale = new ArrayList<>();
    PackageElement pkg = elements.getPackageElement(revisionsPackage);
    if (pkg != null) {
      for (Element member : pkg.getEnclosedElements()) {
        AnnotationValues.find(member, REVISION).ifPresent(revision -> {
          if (staleRevisions.isStale((TypeElement) member)) {
            stale.add((TypeElement) member);
            return;
          }
          String id = values.string(revision, "id");
          byId.put(id, (TypeElement) member);
          parents.put(id, values.strings(revision, "parents"));
        });
      }
    }
    return new RevisionHistory(byId, parents, List.copyOf(stale));
  }

  /** Revision classes left out because their source is gone: stale outputs of an earlier build. */
  public List<TypeElement> stale() {
    return stale;
  }

  /** The parents of revision {@code id}, as its annotation lists them. */
  public List<String> parents(String id) {
    return parents.getOrDefault(id, List.of());
  }

  public boolean isEmpty() {
    return byId.isEmpty();
  }

  /** Ids that no other revision follows. */
  public Set<String> heads() {
    Set<String> heads = new TreeSet<>(byId.keySet());
    parents.values().forEach(heads::removeAll);
    return heads;
  }

  /** Qualified names of every revision class, sorted. */
  public List<String> classNames() {
    List<String> names = new ArrayList<>();
    byId.values().forEach(t -> names.add(t.getQualifiedName().toString()));
    names.sort(null);
    return names;
  }

  public TypeElement element(String id) {
    return byId.get(id);
  }

  public static AnnotationMirror annotationOf(Element element) {
    return AnnotationValues.find(element, REVISION).orElseThrow();
  }
}
