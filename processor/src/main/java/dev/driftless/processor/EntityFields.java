package dev.driftless.processor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Finds the persistent fields of an entity: its own and those of its {@code @MappedSuperclass}
 * ancestors, superclass fields first (the order Hibernate lays out inherited columns in). An
 * entity ancestor ends the search: its fields belong to its own mapping (see
 * {@link EntityHierarchy}), unless {@link #allFields} asks for the whole chain.
 */
final class EntityFields {
  private final ErrorReporter reporter;

  EntityFields(ErrorReporter reporter) {
    this.reporter = reporter;
  }

  /** The fields {@code entity} (or an embeddable) declares, with its mapped superclasses'. */
  List<VariableElement> persistentFields(TypeElement entity) {
    return fields(entity, false);
  }

  /** The fields of {@code entity} and of every entity and mapped superclass above it. */
  List<VariableElement> allFields(TypeElement entity) {
    return fields(entity, true);
  }

  private List<VariableElement> fields(TypeElement entity, boolean throughEntities) {
    Deque<TypeElement> chain = new ArrayDeque<>();
    for (TypeElement type = entity; type != null; type = superclass(type)) {
      boolean isEntity = AnnotationValues.has(type, Jpa.ENTITY);
      if (type != entity && isEntity && !throughEntities) {
        break;
      }
      if (type == entity || isEntity || AnnotationValues.has(type, Jpa.MAPPED_SUPERCLASS)) {
        chain.addFirst(type);
      }
    }
    List<VariableElement> fields = new ArrayList<>();
    for (TypeElement type : chain) {
      rejectPropertyAccess(entity, type);
      for (Element member : type.getEnclosedElements()) {
        if (member.getKind() == ElementKind.FIELD && isPersistent((VariableElement) member)) {
          fields.add((VariableElement) member);
        }
      }
    }
    return fields;
  }

  private void rejectPropertyAccess(TypeElement entity, TypeElement type) {
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.METHOD
          && (AnnotationValues.has(member, Jpa.ID) || AnnotationValues.has(member, Jpa.EMBEDDED_ID))) {
        throw reporter.abort(member, "Driftless reads field access only: @Id on a getter makes "
            + entity.getSimpleName() + " use property access. Move the JPA annotations of "
            + type.getSimpleName() + " from its getters to its fields.");
      }
    }
  }

  private static boolean isPersistent(VariableElement field) {
    Set<Modifier> modifiers = field.getModifiers();
    return !modifiers.contains(Modifier.STATIC)
        && !modifiers.contains(Modifier.TRANSIENT)
        && !AnnotationValues.has(field, Jpa.TRANSIENT);
  }

  static TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    if (superclass.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
    return element.getQualifiedName().contentEquals("java.lang.Object") ? null : element;
  }
}
