package dev.driftless.schema;

import java.util.Objects;

/**
 * A PostgreSQL column type, spelled exactly as {@code format_type()} prints it
 * ({@code character varying(255)}, {@code timestamp(6) with time zone}).
 *
 * <p>Using the catalog's own spelling as the canonical form means that a type read back from a
 * live database compares equal to the type the entities asked for, with no alias tables.
 */
public record ColumnType(String sql) {

  public ColumnType {
    Objects.requireNonNull(sql, "sql");
    if (sql.isBlank()) {
      throw new IllegalArgumentException("blank column type");
    }
  }

  /**
   * A type by its SQL name. Common aliases ({@code int4}, {@code varchar(20)},
   * {@code timestamptz}) are turned into {@code format_type()} spelling; others are kept as
   * written. Prefer the named factories where one exists.
   */
  public static ColumnType of(String sql) {
    return new ColumnType(TypeNames.canonical(sql));
  }

  public static ColumnType bigint() {
    return new ColumnType("bigint");
  }

  public static ColumnType integer() {
    return new ColumnType("integer");
  }

  public static ColumnType smallint() {
    return new ColumnType("smallint");
  }

  public static ColumnType bool() {
    return new ColumnType("boolean");
  }

  public static ColumnType text() {
    return new ColumnType("text");
  }

  public static ColumnType varchar(int length) {
    return new ColumnType("character varying(" + positive(length) + ")");
  }

  public static ColumnType character(int length) {
    return new ColumnType("character(" + positive(length) + ")");
  }

  public static ColumnType numeric(int precision, int scale) {
    return new ColumnType("numeric(" + positive(precision) + "," + scale + ")");
  }

  public static ColumnType real() {
    return new ColumnType("real");
  }

  public static ColumnType doublePrecision() {
    return new ColumnType("double precision");
  }

  public static ColumnType uuid() {
    return new ColumnType("uuid");
  }

  public static ColumnType date() {
    return new ColumnType("date");
  }

  public static ColumnType time(int precision) {
    return new ColumnType("time(" + precision + ") without time zone");
  }

  public static ColumnType timeTz(int precision) {
    return new ColumnType("time(" + precision + ") with time zone");
  }

  public static ColumnType timestamp(int precision) {
    return new ColumnType("timestamp(" + precision + ") without time zone");
  }

  public static ColumnType timestampTz(int precision) {
    return new ColumnType("timestamp(" + precision + ") with time zone");
  }

  public static ColumnType bytea() {
    return new ColumnType("bytea");
  }

  public static ColumnType jsonb() {
    return new ColumnType("jsonb");
  }

  private static int positive(int n) {
    if (n <= 0) {
      throw new IllegalArgumentException("must be positive: " + n);
    }
    return n;
  }

  @Override
  public String toString() {
    return sql;
  }
}
