package dev.driftless.processor.element;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
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
public final class EntityFields {
  private final AnnotationValues values;
  private final ErrorReporter reporter;
  /**
   * The answers so far, one build's: the readers of tables, keys, references and embeddables
   * each ask again for the same types (a reference asks for its target's key fields).
   */
  private final Map<TypeElement, List<VariableElement>> persistent = new HashMap<>();
  private final Map<TypeElement, List<VariableElement>> all = new HashMap<>();

  public EntityFields(AnnotationValues values, ErrorReporter reporter) {
    this.values = values;
    this.reporter = reporter;
  }

  /** The fields {@code entity} (or an embeddable) declares, with its mapped superclasses'. */
  public List<VariableElement> persistentFields(TypeElement entity) {
    return known(persistent, entity, false);
  }

  /** The fields of {@code entity} and of every entity and mapped superclass above it. */
  public List<VariableElement> allFields(TypeElement entity) {
    return known(all, entity, true);
  }

  /** A refusal (an abort) is not remembered: asking again reports it again, as before. */
  private List<VariableElement> known(Map<TypeElement, List<VariableElement>> answers,
      TypeElement entity, boolean throughEntities) {
    List<VariableElement> fields = answers.get(entity);
    if (fields == null) {
      fields = Collections.unmodifiableList(fields(entity, throughEntities));
      answers.put(entity, fields);
    }
    return fields;
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
    boolean propertyDefault = idOnGetter(entity);
    List<VariableElement> fields = new ArrayList<>();
    for (TypeElement type : chain) {
      String access = AnnotationValues.find(type, Jpa.ACCESS)
          .map(a -> values.enumConstant(a, "value"))
          .orElse(propertyDefault ? "PROPERTY" : "FIELD");
      // An attribute may override its class's access with @Access of its own (JPA 2.0 §2.3.2).
      if (access.equals("PROPERTY")) {
        fields.addAll(properties(type, false));
        fields.addAll(declaredFields(type).stream().filter(f -> ownAccess(f, "FIELD")).toList());
      } else {
        fields.addAll(declaredFields(type));
        fields.addAll(properties(type, true));
      }
    }
    return fields;
  }

  private static List<VariableElement> declaredFields(TypeElement type) {
    List<VariableElement> fields = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD && isPersistent((VariableElement) member)) {
        fields.add((VariableElement) member);
      }
    }
    return fields;
  }

  /**
   * The getters property access persists, as attributes. Like Hibernate, every getter that is
   * not {@code @Transient} counts, and one without a setter (declared or inherited) is an error.
   */
  private List<VariableElement> properties(TypeElement type, boolean onlyOverrides) {
    List<VariableElement> properties = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() != ElementKind.METHOD) {
        continue;
      }
      ExecutableElement getter = (ExecutableElement) member;
      String name = PropertyAttribute.propertyName(getter);
      if (name != null && isPersistent(getter)
          && (!onlyOverrides || ownAccess(getter, "PROPERTY"))) {
        if (!hasSetter(type, name)) {
          throw reporter.abort(getter, "Property '" + name + "' of " + type.getSimpleName()
              + " has a getter but no setter; with property access Hibernate fails on it at "
              + "start-up. Add a setter, or mark the getter @Transient.");
        }
        properties.add(new PropertyAttribute(getter, name));
      }
    }
    return properties;
  }

  private boolean ownAccess(Element member, String access) {
    return AnnotationValues.find(member, Jpa.ACCESS)
        .map(a -> values.enumConstant(a, "value").equals(access)).orElse(false);
  }

  /** Whether {@code type} declares or inherits a setter of {@code property}, as Hibernate looks. */
  private static boolean hasSetter(TypeElement type, String property) {
    String setter = "set" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
    for (TypeElement t = type; t != null; t = superclass(t)) {
      if (t.getEnclosedElements().stream().anyMatch(m -> m.getKind() == ElementKind.METHOD
          && m.getSimpleName().contentEquals(setter)
          && ((ExecutableElement) m).getParameters().size() == 1)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the hierarchy of {@code type} puts its {@code @Id} on a getter (property access). */
  private static boolean idOnGetter(TypeElement type) {
    for (TypeElement t = type; t != null; t = superclass(t)) {
      for (Element member : t.getEnclosedElements()) {
        if (member.getKind() == ElementKind.METHOD && (AnnotationValues.has(member, Jpa.ID)
            || AnnotationValues.has(member, Jpa.EMBEDDED_ID))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isPersistent(Element field) {
    Set<Modifier> modifiers = field.getModifiers();
    return !modifiers.contains(Modifier.STATIC)
        && !modifiers.contains(Modifier.TRANSIENT)
        && !AnnotationValues.has(field, Jpa.TRANSIENT);
  }

  public static TypeElement superclass(TypeElement type) {
    TypeMirror superclass = type.getSuperclass();
    if (superclass.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
    // Only java.lang.Object (of classes) has no superclass; cheaper than comparing its name.
    return element.getSuperclass().getKind() == TypeKind.NONE ? null : element;
  }
}
