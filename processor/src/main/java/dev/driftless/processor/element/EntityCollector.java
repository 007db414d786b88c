package dev.driftless.processor.element;

import java.util.List;
import java.util.TreeMap;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Finds every {@code @Entity} of the configured packages.
 *
 * <p>IDEs and incremental builds hand the processor only the sources they recompile. Entities
 * are therefore enumerated through {@link Elements}, which also sees classes compiled earlier, so
 * an entity missing from the round is never mistaken for a dropped table.
 */
public final class EntityCollector {
  private final Elements elements;
  private final ErrorReporter reporter;

  public EntityCollector(Elements elements, ErrorReporter reporter) {
    this.elements = elements;
    this.reporter = reporter;
  }

  /** The entities of {@code packages}, sorted by qualified name. */
  public List<TypeElement> collect(List<String> packages, RoundEnvironment round) {
    // Keyed by the name as a string, converted once per entity rather than per comparison.
    TreeMap<String, TypeElement> entities = new TreeMap<>();
    for (String name : packages) {
      PackageElement pkg = elements.getPackageElement(name);
      if (pkg == null) {
        continue;
      }
      for (Element member : pkg.getEnclosedElements()) {
        if (member.getKind() == ElementKind.CLASS && AnnotationValues.has(member, Jpa.ENTITY)) {
          TypeElement entity = (TypeElement) member;
          entities.put(entity.getQualifiedName().toString(), entity);
        }
      }
    }
    for (Element element : round.getRootElements()) {
      if (element.getKind() == ElementKind.CLASS && AnnotationValues.has(element, Jpa.ENTITY)
          && !entities.containsKey(((TypeElement) element).getQualifiedName().toString())) {
        String pkg = elements.getPackageOf(element).getQualifiedName().toString();
        reporter.warning(element, "Entity " + element.getSimpleName() + " is in package " + pkg
            + ", which is not in -Adriftless.packages " + packages + ", so it is "
            + "not part of the schema. Add the package to the option if it should be.");
      }
    }
    return List.copyOf(entities.values());
  }
}
