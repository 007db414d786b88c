package dev.driftless.processor.mapping;

import dev.driftless.processor.element.AnnotationSupport;
import dev.driftless.processor.element.AnnotationValues;
import dev.driftless.processor.element.EntityFields;
import dev.driftless.processor.element.ErrorReporter;
import dev.driftless.processor.element.Jpa;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Refuses the annotations {@link AnnotationSupport} lists as unsupported (or does not list at
 * all), wherever they change an entity's schema: on the entity and the classes above it, on its
 * attributes, on the embeddables they hold (at any depth) and on the constants of the enums they
 * hold. Each is an error on the element that carries it, so nothing is skipped silently: a
 * skipped annotation would be a schema unlike Hibernate's, found only as drift in production.
 */
final class UnsupportedAnnotations {
  private final AnnotationValues values;
  private final EntityFields fields;
  private final ErrorReporter reporter;
  /** Elements already looked at, so an embeddable two entities hold is reported once. */
  private final Set<Element> seen = new HashSet<>();

  UnsupportedAnnotations(AnnotationValues values, EntityFields fields, ErrorReporter reporter) {
    this.values = values;
    this.fields = fields;
    this.reporter = reporter;
  }

  /** Reports every refused annotation {@code entity} reaches; whether there was one. */
  boolean report(TypeElement entity) {
    return type(entity);
  }

  private boolean type(TypeElement type) {
    boolean refused = false;
    for (TypeElement t = type; t != null; t = EntityFields.superclass(t)) {
      refused |= element(t);
    }
    for (VariableElement attribute : fields.persistentFields(type)) {
      refused |= element(attribute);
      refused |= reached(attribute.asType());
    }
    return refused;
  }

  /** The embeddables and enums a type (or its type arguments: a collection's) holds. */
  private boolean reached(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    boolean refused = false;
    Element element = ((DeclaredType) type).asElement();
    if (element.getKind() == ElementKind.ENUM && seen.add(element)) {
      for (Element constant : element.getEnclosedElements()) {
        if (constant.getKind() == ElementKind.ENUM_CONSTANT
            || constant.getKind() == ElementKind.FIELD) {
          refused |= element(constant);
        }
      }
    } else if (AnnotationValues.has(element, Jpa.EMBEDDABLE) && seen.add(element)) {
      refused |= type((TypeElement) element);
    }
    for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
      refused |= reached(argument);
    }
    return refused;
  }

  /** Reports the refused annotations on {@code element} itself. */
  private boolean element(Element element) {
    if (!seen.add(element)) {
      return false;
    }
    boolean refused = false;
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
          .toString();
      Optional<String> refusal = AnnotationSupport.refusal(name);
      if (refusal.isEmpty() && element.getKind().isClass()
          && (name.equals(Jpa.CONVERT) || name.equals(Jpa.CONVERTS))) {
        refusal = Optional.of("@Convert on a class is not supported by Driftless yet; put it on "
            + "the attribute, or with attributeName on the @Embedded attribute");
      }
      if (refusal.isEmpty() && (name.equals(Jpa.COLUMN) || name.equals(Jpa.JOIN_COLUMN))
          && !values.string(mirror, "table").isEmpty()
          && AnnotationValues.has(element, Jpa.ELEMENT_COLLECTION)) {
        // An entity's columns go to its secondary tables (SecondaryTables); an element
        // collection's live in its collection table, which this would not move them out of.
        refusal = Optional.of("@" + name.substring(name.lastIndexOf('.') + 1) + "(table = \""
            + values.string(mirror, "table") + "\") on an element collection is not supported "
            + "by Driftless; name the table with @CollectionTable");
      }
      if (refusal.isPresent()) {
        reporter.error(element, refusal.get() + ".");
        refused = true;
      }
    }
    return refused;
  }
}
