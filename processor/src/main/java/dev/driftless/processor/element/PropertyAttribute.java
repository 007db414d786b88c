package dev.driftless.processor.element;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ElementVisitor;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.Name;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * A getter of a class with property access, seen as the attribute Hibernate reads through it:
 * named after the property ({@code getFullName()} is {@code fullName}), typed by the return
 * type, annotated as the getter is. The rest of the reader then treats it exactly like a field.
 * Diagnostics are reported on the getter itself ({@link #getter()}).
 */
public final class PropertyAttribute implements VariableElement {
  private final ExecutableElement getter;
  private final Name name;

  public PropertyAttribute(ExecutableElement getter, String name) {
    this.getter = getter;
    this.name = new PropertyName(name);
  }

  /** A {@link Name} of our own: the property name is not a name javac has interned. */
  private record PropertyName(String value) implements Name {
    @Override
    public boolean contentEquals(CharSequence other) {
      return value.contentEquals(other);
    }

    @Override
    public int length() {
      return value.length();
    }

    @Override
    public char charAt(int index) {
      return value.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return value.subSequence(start, end);
    }

    @Override
    public String toString() {
      return value;
    }
  }

  /** The property name of a getter, or null if {@code method} is not one. */
  public static String propertyName(ExecutableElement method) {
    String methodName = method.getSimpleName().toString();
    boolean bool = methodName.startsWith("is") && methodName.length() > 2
        && method.getReturnType().getKind() == javax.lang.model.type.TypeKind.BOOLEAN;
    boolean get = methodName.startsWith("get") && methodName.length() > 3;
    if (!method.getParameters().isEmpty() || !(bool || get)
        || method.getReturnType().getKind() == javax.lang.model.type.TypeKind.VOID) {
      return null;
    }
    String rest = methodName.substring(bool ? 2 : 3);
    return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
  }

  public ExecutableElement getter() {
    return getter;
  }

  @Override
  public Object getConstantValue() {
    return null;
  }

  @Override
  public Name getSimpleName() {
    return name;
  }

  @Override
  public Element getEnclosingElement() {
    return getter.getEnclosingElement();
  }

  @Override
  public TypeMirror asType() {
    return getter.getReturnType();
  }

  @Override
  public ElementKind getKind() {
    return ElementKind.FIELD;
  }

  @Override
  public Set<Modifier> getModifiers() {
    return getter.getModifiers();
  }

  @Override
  public List<? extends AnnotationMirror> getAnnotationMirrors() {
    return getter.getAnnotationMirrors();
  }

  @Override
  public <A extends Annotation> A getAnnotation(Class<A> type) {
    return getter.getAnnotation(type);
  }

  @Override
  public <A extends Annotation> A[] getAnnotationsByType(Class<A> type) {
    return getter.getAnnotationsByType(type);
  }

  @Override
  public List<? extends Element> getEnclosedElements() {
    return List.of();
  }

  @Override
  public <R, P> R accept(ElementVisitor<R, P> visitor, P parameter) {
    return visitor.visitVariable(this, parameter);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PropertyAttribute p && p.getter.equals(getter);
  }

  @Override
  public int hashCode() {
    return getter.hashCode();
  }

  @Override
  public String toString() {
    return name.toString();
  }
}
