package dev.driftless.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A PostgreSQL column type as a value: a base type name, its type modifiers (a length, or a
 * precision and scale) and how many array dimensions it has.
 *
 * <p>Its text, {@link #sql()}, is the type spelled exactly as {@code format_type()} prints it
 * ({@code character varying(255)}, {@code timestamp(6) with time zone}, {@code integer[]}), and is
 * derived from the parts. Using the catalog's own spelling as the canonical form means that a type
 * read back from a live database compares equal to the type the entities asked for. Two types are
 * equal when their texts are.
 *
 * <p>Text is turned into parts in one place, {@link #of(String)}, which also turns common aliases
 * ({@code int4}, {@code varchar(20)}, {@code timestamptz}) into {@code format_type()} spelling. A
 * type it does not recognise (a user-defined type, a quoted name, a type with modifiers it does
 * not know) is kept as written, whole, as the base name.
 */
public final class ColumnType {
  /** The types whose modifier {@code format_type()} prints after the first word. */
  private static final Set<String> ZONED = Set.of(
      "time without time zone", "time with time zone",
      "timestamp without time zone", "timestamp with time zone");
  private static final Set<String> CHARACTER = Set.of("character varying", "character");

  private final String baseName;
  private final OptionalInt length;
  private final OptionalInt precision;
  private final OptionalInt scale;
  private final int dimensions;
  private final String sql;

  private ColumnType(String baseName, OptionalInt length, OptionalInt precision,
      OptionalInt scale, int dimensions) {
    Objects.requireNonNull(baseName, "baseName");
    if (baseName.isBlank()) {
      throw new IllegalArgumentException("blank column type");
    }
    if (length.isPresent() && !CHARACTER.contains(baseName)) {
      throw new IllegalArgumentException(baseName + " has no length");
    }
    if (scale.isPresent() != (precision.isPresent() && baseName.equals("numeric"))
        || precision.isPresent() && !baseName.equals("numeric") && !ZONED.contains(baseName)) {
      throw new IllegalArgumentException("bad precision or scale for " + baseName);
    }
    if (dimensions < 0) {
      throw new IllegalArgumentException("negative array dimensions: " + dimensions);
    }
    this.baseName = baseName;
    this.length = length;
    this.precision = precision;
    this.scale = scale;
    this.dimensions = dimensions;
    this.sql = render();
  }

  /**
   * A type by its SQL name. Common aliases ({@code int4}, {@code varchar(20)},
   * {@code timestamptz}) are turned into {@code format_type()} spelling; others are kept as
   * written. Prefer the named factories where one exists.
   */
  public static ColumnType of(String sql) {
    return TypeNames.parse(sql);
  }

  /** The type called exactly {@code baseName}, with no modifiers: the name is not interpreted. */
  static ColumnType named(String baseName) {
    return new ColumnType(baseName, OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
        0);
  }

  static ColumnType withLength(String baseName, int length) {
    return new ColumnType(baseName, OptionalInt.of(length), OptionalInt.empty(),
        OptionalInt.empty(), 0);
  }

  static ColumnType withPrecision(String baseName, int precision) {
    return new ColumnType(baseName, OptionalInt.empty(), OptionalInt.of(precision),
        OptionalInt.empty(), 0);
  }

  static ColumnType withPrecisionAndScale(String baseName, int precision, int scale) {
    return new ColumnType(baseName, OptionalInt.empty(), OptionalInt.of(precision),
        OptionalInt.of(scale), 0);
  }

  /** An array of {@code element}: one more dimension, {@code integer[]} for {@code integer}. */
  public static ColumnType arrayOf(ColumnType element) {
    return new ColumnType(element.baseName, element.length, element.precision, element.scale,
        element.dimensions + 1);
  }

  public static ColumnType bigint() {
    return named("bigint");
  }

  public static ColumnType integer() {
    return named("integer");
  }

  public static ColumnType smallint() {
    return named("smallint");
  }

  public static ColumnType bool() {
    return named("boolean");
  }

  public static ColumnType text() {
    return named("text");
  }

  public static ColumnType varchar(int length) {
    return withLength("character varying", positive(length));
  }

  public static ColumnType character(int length) {
    return withLength("character", positive(length));
  }

  public static ColumnType numeric(int precision, int scale) {
    return withPrecisionAndScale("numeric", positive(precision), scale);
  }

  public static ColumnType real() {
    return named("real");
  }

  public static ColumnType doublePrecision() {
    return named("double precision");
  }

  public static ColumnType uuid() {
    return named("uuid");
  }

  public static ColumnType date() {
    return named("date");
  }

  public static ColumnType time(int precision) {
    return withPrecision("time without time zone", precision);
  }

  public static ColumnType timeTz(int precision) {
    return withPrecision("time with time zone", precision);
  }

  public static ColumnType timestamp(int precision) {
    return withPrecision("timestamp without time zone", precision);
  }

  public static ColumnType timestampTz(int precision) {
    return withPrecision("timestamp with time zone", precision);
  }

  public static ColumnType bytea() {
    return named("bytea");
  }

  public static ColumnType jsonb() {
    return named("jsonb");
  }

  private static int positive(int n) {
    if (n <= 0) {
      throw new IllegalArgumentException("must be positive: " + n);
    }
    return n;
  }

  /**
   * The base type as {@code format_type()} spells it, without modifiers or array brackets:
   * {@code character varying}, {@code numeric}, {@code timestamp with time zone},
   * {@code integer}, a user-defined type's name. For a type {@link #of(String)} did not
   * recognise, the whole text as written.
   */
  public String baseName() {
    return baseName;
  }

  /** The length of a {@code character varying(n)} or {@code character(n)}. */
  public OptionalInt length() {
    return length;
  }

  /** The precision of a {@code numeric(p,s)}, or the fractional-second digits of a time type. */
  public OptionalInt precision() {
    return precision;
  }

  /** The scale of a {@code numeric(p,s)}. */
  public OptionalInt scale() {
    return scale;
  }

  /**
   * The type modifiers, as {@code format_type()} lists them in parentheses: {@code [255]} for
   * {@code character varying(255)}, {@code [10, 2]} for {@code numeric(10,2)}, {@code [6]} for
   * {@code timestamp(6) with time zone}; empty for a type without them.
   */
  public List<Integer> modifiers() {
    if (length.isPresent()) {
      return List.of(length.getAsInt());
    }
    if (precision.isPresent()) {
      return scale.isPresent() ? List.of(precision.getAsInt(), scale.getAsInt())
          : List.of(precision.getAsInt());
    }
    return List.of();
  }

  /** How many {@code []} the type has: 0 for a type that is not an array. */
  public int dimensions() {
    return dimensions;
  }

  public boolean isArray() {
    return dimensions > 0;
  }

  /**
   * The type of an array's elements, without any of its dimensions ({@code integer} for both
   * {@code integer[]} and {@code integer[][]}, as PostgreSQL sees it); empty if this is not an
   * array.
   */
  public Optional<ColumnType> elementType() {
    return isArray()
        ? Optional.of(new ColumnType(baseName, length, precision, scale, 0))
        : Optional.empty();
  }

  /** The type as {@code format_type()} prints it. */
  public String sql() {
    return sql;
  }

  private String render() {
    List<Integer> modifiers = modifiers();
    StringBuilder text = new StringBuilder(baseName);
    if (!modifiers.isEmpty()) {
      StringBuilder modifier = new StringBuilder("(");
      for (int i = 0; i < modifiers.size(); i++) {
        modifier.append(i == 0 ? "" : ",").append(modifiers.get(i));
      }
      modifier.append(')');
      // timestamp(6) with time zone: the modifier follows the first word.
      int at = ZONED.contains(baseName) ? baseName.indexOf(' ') : baseName.length();
      text.insert(at, modifier);
    }
    return text.append("[]".repeat(dimensions)).toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ColumnType type && sql.equals(type.sql);
  }

  @Override
  public int hashCode() {
    return sql.hashCode();
  }

  @Override
  public String toString() {
    return sql;
  }
}
