package dev.driftless.processor.mapping;

import dev.driftless.processor.element.AnnotationValues;
import dev.driftless.processor.element.Jpa;

import dev.driftless.schema.PostgresNames;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;

/**
 * The check Hibernate adds to an enum column: the constant names for {@code EnumType.STRING}, the
 * ordinal range for {@code ORDINAL}. Adding a constant then shows up as a revision, and the drift
 * check knows the allowed values.
 */
final class EnumChecks {
  private EnumChecks() {}

  /** The check expression for {@code field} stored in {@code column}, if it is an enum. */
  static Optional<String> of(VariableElement field, String column, AnnotationValues values) {
    return of(field, field.asType(), column, values);
  }

  /** The same for a value of {@code javaType} held by {@code field} (a collection element). */
  static Optional<String> of(VariableElement field, javax.lang.model.type.TypeMirror javaType,
      String column, AnnotationValues values) {
    return of(javaType, column, AnnotationValues.find(field, Jpa.ENUMERATED)
        .map(e -> values.enumConstant(e, "value")).orElse("ORDINAL"));
  }

  /**
   * The check on a column holding an enum of {@code javaType} stored as {@code mode}
   * ({@code STRING} or {@code ORDINAL}): a map key, whose mode is its {@code @MapKeyEnumerated}.
   */
  static Optional<String> of(javax.lang.model.type.TypeMirror javaType, String column,
      String mode) {
    if (javaType.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    TypeElement type = (TypeElement) ((DeclaredType) javaType).asElement();
    if (type.getKind() != ElementKind.ENUM) {
      return Optional.empty();
    }
    List<String> constants = type.getEnclosedElements().stream()
        .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
        .map(e -> e.getSimpleName().toString()).toList();
    if (constants.isEmpty()) {
      return Optional.empty();
    }
    String quoted = PostgresNames.quote(column);
    return Optional.of(mode.equals("STRING")
        ? quoted + " IN (" + String.join(", ", constants.stream()
            .map(c -> "'" + c + "'").toList()) + ")"
        : quoted + " BETWEEN 0 AND " + (constants.size() - 1));
  }
}
