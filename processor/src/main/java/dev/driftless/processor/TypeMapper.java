package dev.driftless.processor;

import dev.driftless.schema.ColumnType;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Maps the Java type of a basic attribute to the PostgreSQL column type Hibernate 6/7 creates for
 * it on PostgreSQL (for example {@code String} to {@code varchar(255)}, {@code Instant} to
 * {@code timestamp(6) with time zone}, {@code BigDecimal} to {@code numeric(38,2)}).
 */
final class TypeMapper {
  /** Hibernate's defaults for {@code @Column(length, precision, scale)}. */
  static final int DEFAULT_LENGTH = 255;
  static final int DEFAULT_PRECISION = 38;
  static final int DEFAULT_SCALE = 2;
  private static final int TEMPORAL_PRECISION = 6;

  private static final Map<String, ColumnType> FIXED = Map.ofEntries(
      Map.entry("java.lang.Long", ColumnType.bigint()),
      Map.entry("java.lang.Integer", ColumnType.integer()),
      Map.entry("java.lang.Short", ColumnType.smallint()),
      Map.entry("java.lang.Byte", ColumnType.smallint()),
      Map.entry("java.lang.Boolean", ColumnType.bool()),
      Map.entry("java.lang.Double", ColumnType.doublePrecision()),
      Map.entry("java.lang.Float", ColumnType.real()),
      Map.entry("java.lang.Character", ColumnType.character(1)),
      Map.entry("java.math.BigInteger", ColumnType.numeric(DEFAULT_PRECISION, 0)),
      Map.entry("java.util.UUID", ColumnType.uuid()),
      Map.entry("java.time.LocalDate", ColumnType.date()),
      Map.entry("java.time.LocalTime", ColumnType.time(TEMPORAL_PRECISION)),
      Map.entry("java.time.OffsetTime", ColumnType.timeTz(TEMPORAL_PRECISION)),
      Map.entry("java.time.LocalDateTime", ColumnType.timestamp(TEMPORAL_PRECISION)),
      Map.entry("java.time.OffsetDateTime", ColumnType.timestampTz(TEMPORAL_PRECISION)),
      Map.entry("java.time.ZonedDateTime", ColumnType.timestampTz(TEMPORAL_PRECISION)),
      Map.entry("java.time.Instant", ColumnType.timestampTz(TEMPORAL_PRECISION)));

  static final String SUPPORTED = "String, primitives and their boxes, BigDecimal, BigInteger, "
      + "UUID, LocalDate, LocalTime, OffsetTime, LocalDateTime, OffsetDateTime, ZonedDateTime, "
      + "Instant, byte[] and enums";

  private final AnnotationValues values;
  private final NamedEnums namedEnums;

  TypeMapper(AnnotationValues values) {
    this.values = values;
    this.namedEnums = new NamedEnums(values);
  }

  /** The column type of {@code field}, or empty when the type is not one Driftless maps yet. */
  Optional<ColumnType> columnType(VariableElement field) {
    return columnType(field, AnnotationValues.find(field, Jpa.COLUMN));
  }

  /** The same, with {@code column} in place of the field's own {@code @Column} (an override). */
  Optional<ColumnType> columnType(VariableElement field, Optional<AnnotationMirror> column) {
    TypeMirror type = field.asType();
    if (type.getKind().isPrimitive()) {
      return Optional.of(primitive(type.getKind()));
    }
    if (type.getKind() == TypeKind.ARRAY) {
      TypeMirror component = ((ArrayType) type).getComponentType();
      boolean bytes = component.getKind() == TypeKind.BYTE
          || component.toString().equals("java.lang.Byte");
      return bytes ? Optional.of(ColumnType.bytea()) : Optional.empty();
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    String name = element.getQualifiedName().toString();
    if (element.getKind() == ElementKind.ENUM) {
      return Optional.of(enumType(field, column));
    }
    if (name.equals("java.lang.String")) {
      int length = column.map(c -> values.integer(c, "length")).orElse(DEFAULT_LENGTH);
      return Optional.of(ColumnType.varchar(length));
    }
    if (name.equals("java.math.BigDecimal")) {
      int precision = column.map(c -> values.integer(c, "precision")).orElse(0);
      int scale = column.map(c -> values.integer(c, "scale")).orElse(0);
      return Optional.of(precision > 0
          ? ColumnType.numeric(precision, scale)
          : ColumnType.numeric(DEFAULT_PRECISION, DEFAULT_SCALE));
    }
    return Optional.ofNullable(FIXED.get(name));
  }

  private ColumnType enumType(VariableElement field, Optional<AnnotationMirror> column) {
    Optional<dev.driftless.schema.EnumType> named = namedEnums.typeOf(field);
    if (named.isPresent()) {
      return named.get().columnType();
    }
    String mode = AnnotationValues.find(field, Jpa.ENUMERATED)
        .map(e -> values.enumConstant(e, "value")).orElse("ORDINAL");
    if (mode.equals("STRING")) {
      int length = column.map(c -> values.integer(c, "length")).orElse(DEFAULT_LENGTH);
      return ColumnType.varchar(length);
    }
    return ColumnType.smallint();
  }

  private static ColumnType primitive(TypeKind kind) {
    return switch (kind) {
      case LONG -> ColumnType.bigint();
      case INT -> ColumnType.integer();
      case SHORT, BYTE -> ColumnType.smallint();
      case BOOLEAN -> ColumnType.bool();
      case DOUBLE -> ColumnType.doublePrecision();
      case FLOAT -> ColumnType.real();
      case CHAR -> ColumnType.character(1);
      default -> throw new IllegalArgumentException("not a primitive: " + kind);
    };
  }
}
