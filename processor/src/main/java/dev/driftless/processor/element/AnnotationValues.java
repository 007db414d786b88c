package dev.driftless.processor.element;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Reads annotations by name through their mirrors. The processor needs no compile dependency on
 * the annotations it reads, and class-valued members work (reflection would throw).
 */
public final class AnnotationValues {
  private final Elements elements;

  public AnnotationValues(Elements elements) {
    this.elements = elements;
  }

  public static boolean has(Element element, String annotation) {
    return find(element, annotation).isPresent();
  }

  public static Optional<AnnotationMirror> find(Element element, String annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotation)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
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
    Map<? extends ExecutableElement, ? extends AnnotationValue> values =
        elements.getElementValuesWithDefaults(mirror);
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : values.entrySet()) {
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
