package dev.driftless.processor.element;

import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
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
    TreeSet<TypeElement> entities =
        new TreeSet<>(Comparator.comparing(t -> t.getQualifiedName().toString()));
    for (String name : packages) {
      PackageElement pkg = elements.getPackageElement(name);
      if (pkg == null) {
        continue;
      }
      for (Element member : pkg.getEnclosedElements()) {
        if (member.getKind() == ElementKind.CLASS && AnnotationValues.has(member, Jpa.ENTITY)) {
          entities.add((TypeElement) member);
        }
      }
    }
    for (Element element : round.getRootElements()) {
      if (element.getKind() == ElementKind.CLASS && AnnotationValues.has(element, Jpa.ENTITY)
          && !entities.contains((TypeElement) element)) {
        String pkg = elements.getPackageOf(element).getQualifiedName().toString();
        reporter.warning(element, "Entity " + element.getSimpleName() + " is in package " + pkg
            + ", which is not in -Adriftless.packages " + packages + ", so it is "
            + "not part of the schema. Add the package to the option if it should be.");
      }
    }
    return List.copyOf(entities);
  }
}
