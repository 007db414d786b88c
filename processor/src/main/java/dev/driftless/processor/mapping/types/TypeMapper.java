package dev.driftless.processor.mapping.types;

import dev.driftless.processor.element.AnnotationValues;
import dev.driftless.processor.element.Jpa;
import dev.driftless.processor.element.Hibernate;
import dev.driftless.processor.element.PropertyAttribute;
import dev.driftless.processor.element.Converters;

import dev.driftless.schema.ColumnType;
import java.util.List;
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
import javax.lang.model.util.Types;

/**
 * Maps the Java type of a basic attribute to the PostgreSQL column type Hibernate creates for
 * it on PostgreSQL (for example {@code String} to {@code varchar(255)}, {@code Instant} to
 * {@code timestamp(6) with time zone}, {@code BigDecimal} to {@code numeric(38,2)}), honouring the
 * annotations that change it: {@code columnDefinition}, {@code @Convert}, Hibernate's
 * {@code @JdbcTypeCode}, {@code @Lob} and {@code @Temporal}.
 */
public final class TypeMapper {
  /** Hibernate's defaults for {@code @Column(length, precision, scale)}. */
  public static final int DEFAULT_LENGTH = 255;
  public static final int DEFAULT_PRECISION = 38;
  public static final int DEFAULT_SCALE = 2;
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
      Map.entry("java.time.LocalDateTime", ColumnType.timestamp(TEMPORAL_PRECISION)),
      Map.entry("java.time.OffsetDateTime", ColumnType.timestampTz(TEMPORAL_PRECISION)),
      Map.entry("java.time.ZonedDateTime", ColumnType.timestampTz(TEMPORAL_PRECISION)),
      Map.entry("java.time.Instant", ColumnType.timestampTz(TEMPORAL_PRECISION)),
      Map.entry("java.time.Duration", ColumnType.numeric(21, 0)),
      Map.entry("java.time.Year", ColumnType.integer()),
      Map.entry("java.time.ZoneOffset", ColumnType.varchar(6)),
      Map.entry("java.util.Currency", ColumnType.varchar(3)),
      Map.entry("java.util.Date", ColumnType.timestamp(TEMPORAL_PRECISION)),
      Map.entry("java.util.Calendar", ColumnType.timestamp(TEMPORAL_PRECISION)),
      Map.entry("java.sql.Timestamp", ColumnType.timestamp(TEMPORAL_PRECISION)),
      Map.entry("java.sql.Date", ColumnType.date()));

  /** Types stored as {@code time(p)}, p by the Hibernate line (OffsetTime normalized to UTC). */
  private static final List<String> TIMES =
      List.of("java.sql.Time", "java.time.LocalTime", "java.time.OffsetTime");

  /** Types stored as their text, {@code varchar(length)}. */
  private static final List<String> TEXTUAL = List.of("java.lang.String", "java.util.Locale",
      "java.util.TimeZone", "java.net.URL", "java.time.ZoneId");

  /** {@code @JdbcTypeCode} values (Hibernate's {@code SqlTypes}) with a fixed column type. */
  private static final Map<Integer, ColumnType> JDBC_TYPE_CODES = Map.of(
      3001, ColumnType.jsonb(), // JSON
      2009, ColumnType.of("xml"), // SQLXML
      4001, ColumnType.text(), // LONG32VARCHAR
      3000, ColumnType.uuid(), // UUID
      3002, ColumnType.of("inet")); // INET

  public static final String SUPPORTED = "String, primitives and their boxes, BigDecimal, BigInteger, "
      + "UUID, java.time types (LocalDate, LocalTime, OffsetTime, LocalDateTime, OffsetDateTime, "
      + "ZonedDateTime, Instant, Duration, Year, ZoneOffset, ZoneId), java.util.Date/Calendar "
      + "and java.sql types, Locale, TimeZone, Currency, URL, byte[], char[], arrays of these, "
      + "enums, and any type with @Convert";

  private final AnnotationValues values;
  private final Types typeUtils;
  private final NamedEnums namedEnums;
  private final Converters converters;
  private final int timePrecision;
  private final boolean quotedColumnDefinitions;

  /**
   * @param timePrecision the fractional-second digits of a {@code time} column, which depend on
   *     the Hibernate line ({@code HibernateLine.timePrecision()})
   * @param quotedColumnDefinitions whether Hibernate quotes a {@code columnDefinition} as if it
   *     were a name, as it does under {@code hibernate.globally_quoted_identifiers=true} unless
   *     {@code hibernate.globally_quoted_identifiers_skip_column_definitions=true}
   */
  public TypeMapper(AnnotationValues values, Types typeUtils, Converters converters,
      int timePrecision, boolean quotedColumnDefinitions) {
    this.timePrecision = timePrecision;
    this.values = values;
    this.typeUtils = typeUtils;
    this.namedEnums = new NamedEnums(values);
    this.converters = converters;
    this.quotedColumnDefinitions = quotedColumnDefinitions;
  }

  /**
   * The type of {@code field} as seen from {@code owner}: a field declared {@code ID id} in a
   * generic mapped superclass is a {@code Long} in an entity that extends {@code Base<Long>}.
   */
  public TypeMirror typeIn(TypeElement owner, VariableElement field) {
    TypeMirror type = field.asType();
    boolean generic = type.getKind() == TypeKind.TYPEVAR || (type instanceof DeclaredType d
        && d.getTypeArguments().stream().anyMatch(a -> a.getKind() == TypeKind.TYPEVAR));
    if (!generic || field instanceof PropertyAttribute) {
      return type;
    }
    try {
      return typeUtils.asMemberOf((DeclaredType) owner.asType(), field);
    } catch (IllegalArgumentException e) {
      return type; // not a member of owner (a subclass's field read with its root)
    }
  }

  /** The column type of {@code field}, or empty when the type is not one Driftless maps yet. */
  public Optional<ColumnType> columnType(VariableElement field) {
    return columnType(field, AnnotationValues.find(field, Jpa.COLUMN));
  }

  /**
   * The same, with {@code column} in place of the field's own {@code @Column} (an override).
   *
   * @throws IllegalArgumentException for a mapping Driftless refuses, with the reason
   */
  public Optional<ColumnType> columnType(VariableElement field, Optional<AnnotationMirror> column) {
    return columnType(field, column, field.asType());
  }

  /**
   * The same for a value of {@code type} that {@code field} holds (the element of an
   * {@code @ElementCollection}, say), read with {@code field}'s annotations.
   */
  public Optional<ColumnType> columnType(VariableElement field, Optional<AnnotationMirror> column,
      TypeMirror type) {
    return columnType(field, column, type, AnnotationValues.find(field, Jpa.CONVERT));
  }

  /** The same with {@code convert} in place of the field's own {@code @Convert}. */
  public Optional<ColumnType> columnType(VariableElement field, Optional<AnnotationMirror> column,
      TypeMirror type, Optional<AnnotationMirror> convert) {
    String definition = column.map(c -> values.string(c, "columnDefinition")).orElse("");
    if (!definition.isBlank()) {
      if (quotedColumnDefinitions) {
        throw new IllegalArgumentException("With hibernate.globally_quoted_identifiers=true "
            + "(-Adriftless.quoteIdentifiers=true) Hibernate quotes columnDefinition as if it were "
            + "a name (\"" + definition.strip() + "\"), which PostgreSQL looks up as a type of "
            + "that exact name; set hibernate.globally_quoted_identifiers_skip_column_definitions"
            + "=true and -Adriftless.quoteIdentifiers.skipColumnDefinitions=true");
      }
      return Optional.of(ColumnDefinition.parse(definition).type());
    }
    Optional<TypeMirror> converted = converters.databaseType(field, type, convert);
    if (converted.isPresent()) {
      return javaType(converted.get(), column);
    }
    Optional<AnnotationMirror> typeCode = AnnotationValues.find(field, Hibernate.JDBC_TYPE_CODE);
    if (typeCode.isPresent()) {
      int code = values.integer(typeCode.get(), "value");
      if (code != Hibernate.NAMED_ENUM && code != Hibernate.NAMED_ORDINAL_ENUM) {
        return Optional.of(Optional.ofNullable(JDBC_TYPE_CODES.get(code)).orElseThrow(() ->
            new IllegalArgumentException("@JdbcTypeCode(" + code + ") is not supported by "
                + "Driftless; supported: SqlTypes.JSON, SQLXML, LONG32VARCHAR, UUID, INET, "
                + "NAMED_ENUM, NAMED_ORDINAL_ENUM")));
      }
    }
    if (AnnotationValues.has(field, Jpa.LOB)) {
      return Optional.of(ColumnType.of("oid")); // Hibernate's BLOB and CLOB on PostgreSQL
    }
    Optional<AnnotationMirror> temporal = AnnotationValues.find(field, Jpa.TEMPORAL);
    if (temporal.isPresent()) {
      return Optional.of(switch (values.enumConstant(temporal.get(), "value")) {
        case "DATE" -> ColumnType.date();
        case "TIME" -> ColumnType.time(timePrecision);
        default -> ColumnType.timestamp(TEMPORAL_PRECISION);
      });
    }
    if (type.getKind() == TypeKind.DECLARED
        && ((DeclaredType) type).asElement().getKind() == ElementKind.ENUM) {
      return Optional.of(enumType(field, column));
    }
    return javaType(type, column);
  }

  /**
   * The column type of a map key of {@code keyType} that {@code field} holds: read from the
   * key's own annotations ({@code @MapKeyEnumerated}, {@code @MapKeyTemporal},
   * {@code @MapKeyColumn}), never from the field's {@code @Enumerated}, {@code @Temporal},
   * {@code @Lob} or {@code @Convert}, which are the value's.
   *
   * @throws IllegalArgumentException for a key Driftless refuses, with the reason
   */
  public Optional<ColumnType> mapKeyType(VariableElement field, Optional<AnnotationMirror> column,
      TypeMirror keyType) {
    for (AnnotationMirror convert : values.repeated(field, Jpa.CONVERT, Jpa.CONVERTS)) {
      if (values.string(convert, "attributeName").startsWith("key")) {
        throw new IllegalArgumentException("@Convert(attributeName = \"key\") is not supported "
            + "by Driftless yet; use a @Converter(autoApply = true) for the key type");
      }
    }
    Optional<AnnotationMirror> temporal = AnnotationValues.find(field, Jpa.MAP_KEY_TEMPORAL);
    if (temporal.isPresent()) {
      return Optional.of(switch (values.enumConstant(temporal.get(), "value")) {
        case "DATE" -> ColumnType.date();
        case "TIME" -> ColumnType.time(timePrecision);
        default -> ColumnType.timestamp(TEMPORAL_PRECISION);
      });
    }
    if (keyType.getKind() == TypeKind.DECLARED
        && ((DeclaredType) keyType).asElement().getKind() == ElementKind.ENUM) {
      return Optional.of(mapKeyEnumerated(field).equals("STRING")
          ? ColumnType.varchar(length(column)) : ColumnType.smallint());
    }
    Optional<TypeMirror> converted = converters.autoAppliedDatabaseType(keyType);
    return javaType(converted.orElse(keyType), column);
  }

  /** How an enum map key is stored: {@code STRING} or {@code ORDINAL} (the default). */
  public String mapKeyEnumerated(VariableElement field) {
    return AnnotationValues.find(field, Jpa.MAP_KEY_ENUMERATED)
        .map(e -> values.enumConstant(e, "value")).orElse("ORDINAL");
  }

  /** The column type of a Java type, by Hibernate's defaults. */
  private Optional<ColumnType> javaType(TypeMirror type, Optional<AnnotationMirror> column) {
    if (type.getKind().isPrimitive()) {
      return Optional.of(primitive(type.getKind()));
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return arrayType(((ArrayType) type).getComponentType(), column);
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    String name = element.getQualifiedName().toString();
    if (TIMES.contains(name)) {
      return Optional.of(ColumnType.time(timePrecision));
    }
    if (TEXTUAL.contains(name)) {
      return Optional.of(ColumnType.varchar(length(column)));
    }
    if (name.equals("java.math.BigDecimal") || name.equals("java.math.BigInteger")) {
      // A BigInteger honours @Column(precision) too, with scale 0 by default (its JavaType's).
      int precision = column.map(c -> values.integer(c, "precision")).orElse(0);
      int scale = column.map(c -> values.integer(c, "scale")).orElse(0);
      return Optional.of(precision > 0 ? ColumnType.numeric(precision, scale)
          : ColumnType.numeric(DEFAULT_PRECISION,
              name.equals("java.math.BigInteger") ? 0 : DEFAULT_SCALE));
    }
    return Optional.ofNullable(FIXED.get(name));
  }

  /**
   * {@code byte[]} is {@code bytea}, {@code char[]} text; any other array of a basic type is a
   * PostgreSQL array, as Hibernate 6.2+ maps it. {@code Byte[]} and {@code Character[]} are
   * refused, as Hibernate refuses them by default.
   */
  private Optional<ColumnType> arrayType(TypeMirror component, Optional<AnnotationMirror> column) {
    String name = component.toString();
    if (component.getKind() == TypeKind.BYTE) {
      return Optional.of(ColumnType.bytea());
    }
    if (component.getKind() == TypeKind.CHAR) {
      return Optional.of(ColumnType.varchar(length(column)));
    }
    if (name.equals("java.lang.Byte") || name.equals("java.lang.Character")) {
      throw new IllegalArgumentException("Hibernate refuses " + name.substring(10) + "[] by "
          + "default (hibernate.type.wrapper_array_handling); use " + (name.endsWith("Byte")
          ? "byte[]" : "char[]") + " instead");
    }
    return javaType(component, column).map(ColumnType::arrayOf);
  }

  private int length(Optional<AnnotationMirror> column) {
    return column.map(c -> values.integer(c, "length")).orElse(DEFAULT_LENGTH);
  }

  private ColumnType enumType(VariableElement field, Optional<AnnotationMirror> column) {
    Optional<dev.driftless.schema.EnumType> named = namedEnums.typeOf(field);
    if (named.isPresent()) {
      return named.get().columnType();
    }
    String mode = AnnotationValues.find(field, Jpa.ENUMERATED)
        .map(e -> values.enumConstant(e, "value")).orElse("ORDINAL");
    return mode.equals("STRING") ? ColumnType.varchar(length(column)) : ColumnType.smallint();
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
