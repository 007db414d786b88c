package dev.driftless.processor;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The database side of a {@code @Convert(converter = …)}: the {@code Y} of the converter's
 * {@code AttributeConverter<X, Y>}, found through its supertypes, so the column is typed as
 * Hibernate types it.
 */
final class Converters {
  private static final String ATTRIBUTE_CONVERTER = "jakarta.persistence.AttributeConverter";

  private Converters() {}

  /**
   * The Java type {@code field}'s converter stores, if {@code field} has an enabled
   * {@code @Convert} naming one.
   */
  static Optional<TypeMirror> databaseType(VariableElement field, AnnotationValues values,
      Types types) {
    Optional<AnnotationMirror> convert = AnnotationValues.find(field, Jpa.CONVERT);
    if (convert.isEmpty() || values.bool(convert.get(), "disableConversion")) {
      return Optional.empty();
    }
    TypeMirror converter = (TypeMirror) values.value(convert.get(), "converter");
    if (converter.getKind() != TypeKind.DECLARED
        || ((TypeElement) ((DeclaredType) converter).asElement()).getQualifiedName()
            .contentEquals("jakarta.persistence.AttributeConverter")) {
      throw new IllegalArgumentException("@Convert needs converter = YourConverter.class "
          + "(auto-applied converters are not read by Driftless yet)");
    }
    return Optional.of(find(converter, types).orElseThrow(() -> new IllegalArgumentException(
        converter + " does not implement " + ATTRIBUTE_CONVERTER + "<X, Y> with a concrete Y")));
  }

  private static Optional<TypeMirror> find(TypeMirror type, Types types) {
    if (type instanceof DeclaredType declared && ((TypeElement) declared.asElement())
        .getQualifiedName().contentEquals(ATTRIBUTE_CONVERTER)) {
      return declared.getTypeArguments().size() == 2
          && declared.getTypeArguments().get(1).getKind() == TypeKind.DECLARED
          ? Optional.of(declared.getTypeArguments().get(1)) : Optional.empty();
    }
    for (TypeMirror supertype : types.directSupertypes(type)) {
      Optional<TypeMirror> found = find(supertype, types);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
