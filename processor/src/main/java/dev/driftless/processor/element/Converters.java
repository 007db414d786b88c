package dev.driftless.processor.element;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The database side of attribute converters: the {@code Y} of a converter's
 * {@code AttributeConverter<X, Y>}, found through its supertypes, so the column is typed as
 * Hibernate types it. Converters come from {@code @Convert(converter = …)} on the attribute, or
 * from {@code @Converter(autoApply = true)} classes in the entity packages, which apply to every
 * basic attribute of type {@code X} (not to ids, versions, enums or temporals, as the
 * specification says).
 */
public final class Converters {
  private static final String ATTRIBUTE_CONVERTER = "jakarta.persistence.AttributeConverter";

  private final AnnotationValues values;
  private final Types types;
  /** Auto-applied converters: attribute type (qualified name) to database type. */
  private final Map<String, TypeMirror> autoApplied;

  private Converters(AnnotationValues values, Types types, Map<String, TypeMirror> autoApplied) {
    this.values = values;
    this.types = types;
    this.autoApplied = autoApplied;
  }

  /** The converters of {@code packages}: auto-applied ones are found there, like entities. */
  public static Converters of(List<String> packages, Elements elements, Types types,
      AnnotationValues values) {
    Map<String, TypeMirror> auto = new HashMap<>();
    for (String name : packages) {
      PackageElement pkg = elements.getPackageElement(name);
      if (pkg != null) {
        pkg.getEnclosedElements().forEach(e -> collect(e, auto, types, values));
      }
    }
    return new Converters(values, types, auto);
  }

  private static void collect(Element element, Map<String, TypeMirror> auto, Types types,
      AnnotationValues values) {
    if (element.getKind() != ElementKind.CLASS) {
      return;
    }
    Optional<AnnotationMirror> converter = AnnotationValues.find(element, Jpa.CONVERTER);
    if (converter.isPresent() && values.bool(converter.get(), "autoApply")) {
      find(element.asType(), types).ifPresent(pair -> auto.put(
          types.erasure(pair.getTypeArguments().get(0)).toString(),
          pair.getTypeArguments().get(1)));
    }
    element.getEnclosedElements().forEach(e -> collect(e, auto, types, values));
  }

  /**
   * The Java type {@code field}'s converter stores, if a converter applies to it: an enabled
   * {@code @Convert} naming one, or an auto-applied one for its type.
   */
  public Optional<TypeMirror> databaseType(VariableElement field, TypeMirror fieldType) {
    return databaseType(field, fieldType, AnnotationValues.find(field, Jpa.CONVERT));
  }

  /**
   * The database type of the {@code @Converter(autoApply = true)} for {@code javaType}, if there
   * is one: what a map key of that type is stored as.
   */
  public Optional<TypeMirror> autoAppliedDatabaseType(TypeMirror javaType) {
    return autoApplied.isEmpty() ? Optional.empty()
        : Optional.ofNullable(autoApplied.get(types.erasure(javaType).toString()));
  }

  /**
   * The same with {@code convert} in place of the field's own {@code @Convert}: the
   * {@code @Convert(attributeName = …)} an embedding attribute puts on this attribute of its
   * embeddable.
   */
  public Optional<TypeMirror> databaseType(VariableElement field, TypeMirror fieldType,
      Optional<AnnotationMirror> convert) {
    if (convert.isPresent() && values.bool(convert.get(), "disableConversion")) {
      return Optional.empty();
    }
    if (convert.isEmpty()) {
      boolean excluded = List.of(Jpa.ID, Jpa.VERSION, Jpa.ENUMERATED, Jpa.TEMPORAL).stream()
          .anyMatch(a -> AnnotationValues.has(field, a));
      return excluded || autoApplied.isEmpty() ? Optional.empty()
          : Optional.ofNullable(autoApplied.get(types.erasure(fieldType).toString()));
    }
    TypeMirror converter = (TypeMirror) values.value(convert.get(), "converter");
    if (converter.getKind() != TypeKind.DECLARED
        || ((TypeElement) ((DeclaredType) converter).asElement()).getQualifiedName()
            .contentEquals(ATTRIBUTE_CONVERTER)) {
      throw new IllegalArgumentException("@Convert needs converter = YourConverter.class, or "
          + "a @Converter(autoApply = true) class for the attribute's type in the entity "
          + "packages");
    }
    return Optional.of(find(converter, types).orElseThrow(() -> new IllegalArgumentException(
        converter + " does not implement " + ATTRIBUTE_CONVERTER + "<X, Y> with a concrete Y"))
        .getTypeArguments().get(1));
  }

  /** The {@code AttributeConverter<X, Y>} that {@code type} implements, with concrete X and Y. */
  private static Optional<DeclaredType> find(TypeMirror type, Types types) {
    if (type instanceof DeclaredType declared && ((TypeElement) declared.asElement())
        .getQualifiedName().contentEquals(ATTRIBUTE_CONVERTER)) {
      return declared.getTypeArguments().size() == 2
          && declared.getTypeArguments().stream().allMatch(a -> a.getKind() == TypeKind.DECLARED)
          ? Optional.of(declared) : Optional.empty();
    }
    for (TypeMirror supertype : types.directSupertypes(type)) {
      Optional<DeclaredType> found = find(supertype, types);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
