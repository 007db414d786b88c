package dev.driftless.processor.element;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * Reads annotations by name through their mirrors. The processor needs no compile dependency on
 * the annotations it reads, and class-valued members work (reflection would throw).
 */
public final class AnnotationValues {
  // Shared by the compilations of one JVM (a build daemon runs several, perhaps at once).
  private static final Map<Name, String> QUALIFIED_NAMES =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final Map<Element, Map<String, ExecutableElement>> members = new HashMap<>();

  public static boolean has(Element element, String annotation) {
    return find(element, annotation).isPresent();
  }

  public static Optional<AnnotationMirror> find(Element element, String annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (qualifiedName(type).equals(annotation)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /**
   * The qualified name of an annotation type as a string, converted once. javac's names convert
   * themselves to a new string on every comparison with a string, and a build asks for the
   * annotations of each element dozens of times. Weak keys: a compilation's names go with it.
   */
  private static String qualifiedName(TypeElement type) {
    Name name = type.getQualifiedName();
    String known = QUALIFIED_NAMES.get(name);
    if (known == null) {
      known = name.toString();
      QUALIFIED_NAMES.put(name, known);
    }
    return known;
  }

  /**
   * Every {@code annotation} on {@code element}, written once or repeated: javac shows a repeated
   * annotation only as its {@code container}, whose {@code value} holds the repetitions.
   */
  public List<AnnotationMirror> repeated(Element element, String annotation, String container) {
    List<AnnotationMirror> result = new java.util.ArrayList<>();
    find(element, annotation).ifPresent(result::add);
    find(element, container).ifPresent(c -> result.addAll(annotations(c, "value")));
    return result;
  }

  /**
   * The value of {@code member}, its declared default if not written, or null if the annotation
   * has no such member: the build's Jakarta Persistence may be older than the member
   * ({@code @Column(comment)}, {@code check} and {@code options} are new in 3.2), and a member the
   * user's version lacks is simply not set.
   */
  public Object value(AnnotationMirror mirror, String member) {
    ExecutableElement method = member(mirror, member);
    if (method == null) {
      return writtenByName(mirror, member);
    }
    // What Elements.getElementValuesWithDefaults gives for one member, without building the map
    // of every member (and their defaults) on each of the many calls per attribute.
    AnnotationValue value = mirror.getElementValues().get(method);
    if (value == null) {
      value = method.getDefaultValue();
    }
    return value == null ? null : value.getValue();
  }

  /**
   * The member method {@code member} of the mirror's annotation type, or null if it has none.
   * Looked up once per annotation type and build: comparing javac's names with strings converts
   * them to strings every time.
   */
  private ExecutableElement member(AnnotationMirror mirror, String member) {
    Element type = mirror.getAnnotationType().asElement();
    return members.computeIfAbsent(type, t -> {
      Map<String, ExecutableElement> byName = new HashMap<>();
      for (ExecutableElement method : ElementFilter.methodsIn(t.getEnclosedElements())) {
        byName.put(method.getSimpleName().toString(), method);
      }
      return byName;
    }).get(member);
  }

  /** A written value whose member the type does not declare (an unresolved annotation type). */
  private static Object writtenByName(AnnotationMirror mirror, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
        : mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(member)) {
        return e.getValue().getValue();
      }
    }
    return null;
  }

  /** A string member; {@code ""} if the annotation's version has no such member. */
  public String string(AnnotationMirror mirror, String member) {
    Object value = value(mirror, member);
    return value == null ? "" : (String) value;
  }

  public int integer(AnnotationMirror mirror, String member) {
    return (Integer) required(mirror, member);
  }

  public boolean bool(AnnotationMirror mirror, String member) {
    return (Boolean) required(mirror, member);
  }

  /** The constant name of an enum-valued member, e.g. {@code "IDENTITY"}. */
  public String enumConstant(AnnotationMirror mirror, String member) {
    return ((VariableElement) required(mirror, member)).getSimpleName().toString();
  }

  public AnnotationMirror annotation(AnnotationMirror mirror, String member) {
    return (AnnotationMirror) required(mirror, member);
  }

  /**
   * The elements of an array-valued member whose elements are annotations; empty if the
   * annotation's version has no such member.
   */
  public List<AnnotationMirror> annotations(AnnotationMirror mirror, String member) {
    return list(mirror, member).stream().map(v -> (AnnotationMirror) v.getValue()).toList();
  }

  /** The elements of an array-valued member whose elements are strings. */
  public List<String> strings(AnnotationMirror mirror, String member) {
    return list(mirror, member).stream().map(v -> (String) v.getValue()).toList();
  }

  @SuppressWarnings("unchecked")
  private List<? extends AnnotationValue> list(AnnotationMirror mirror, String member) {
    Object value = value(mirror, member);
    return value == null ? List.of() : (List<? extends AnnotationValue>) value;
  }

  /**
   * A member without a neutral default (a number, a flag, an enum): every Jakarta Persistence
   * and Hibernate version Driftless reads has the ones it asks for, so its absence is a bug.
   */
  private Object required(AnnotationMirror mirror, String member) {
    Object value = value(mirror, member);
    if (value == null) {
      throw new IllegalArgumentException("no member " + member + " in " + mirror);
    }
    return value;
  }
}
