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
 * ancestors, superclass fields first (the order Hibernate lays out inherited columns in).
 */
final class EntityFields {
  private final ErrorReporter reporter;

  EntityFields(ErrorReporter reporter) {
    this.reporter = reporter;
  }

  List<VariableElement> persistentFields(TypeElement entity) {
    Deque<TypeElement> chain = new ArrayDeque<>();
    for (TypeElement type = entity; type != null; type = superclass(type)) {
      if (type != entity && AnnotationValues.has(type, Jpa.ENTITY)) {
        throw reporter.abort(entity, "Entity inheritance (" + entity.getSimpleName() + " extends "
            + "the entity " + type.getSimpleName() + ") is not supported by Driftless yet. Make "
            + type.getSimpleName() + " a @MappedSuperclass, or map the two classes separately.");
      }
      if (type == entity || AnnotationValues.has(type, Jpa.MAPPED_SUPERCLASS)) {
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

  private static TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    if (superclass.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
    return element.getQualifiedName().contentEquals("java.lang.Object") ? null : element;
  }
}
