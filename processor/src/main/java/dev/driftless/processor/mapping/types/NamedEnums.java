package dev.driftless.processor.mapping.types;

import dev.driftless.processor.element.AnnotationValues;
import dev.driftless.processor.element.Hibernate;

import dev.driftless.schema.EnumType;
import dev.driftless.schema.QualifiedName;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;

/**
 * The native PostgreSQL enum type of a field mapped as Hibernate's
 * {@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)} (or {@code NAMED_ORDINAL_ENUM}), named and filled as
 * Hibernate 7 creates it: {@code create type OrderStatus as enum (…)}, unquoted, so PostgreSQL
 * folds the name to lower case; in the default schema; labels sorted by name for
 * {@code NAMED_ENUM}, in declaration order for {@code NAMED_ORDINAL_ENUM}.
 */
public final class NamedEnums {
  private final AnnotationValues values;

  public NamedEnums(AnnotationValues values) {
    this.values = values;
  }

  /** The enum type {@code field} is stored in, if it is a named enum. */
  public Optional<EnumType> typeOf(VariableElement field) {
    if (field.asType().getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    TypeElement type = (TypeElement) ((DeclaredType) field.asType()).asElement();
    if (type.getKind() != ElementKind.ENUM) {
      return Optional.empty();
    }
    int code = AnnotationValues.find(field, Hibernate.JDBC_TYPE_CODE)
        .map(c -> values.integer(c, "value")).orElse(0);
    if (code != Hibernate.NAMED_ENUM && code != Hibernate.NAMED_ORDINAL_ENUM) {
      return Optional.empty();
    }
    List<String> labels = type.getEnclosedElements().stream()
        .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
        .map(e -> e.getSimpleName().toString())
        .toList();
    if (code == Hibernate.NAMED_ENUM) {
      labels = labels.stream().sorted().toList();
    }
    if (labels.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new EnumType(QualifiedName.of(QualifiedName.DEFAULT_SCHEMA,
        type.getSimpleName().toString().toLowerCase(Locale.ROOT)), labels));
  }
}
