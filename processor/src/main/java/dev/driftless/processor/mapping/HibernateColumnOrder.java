package dev.driftless.processor.mapping;

import dev.driftless.processor.mapping.types.TypeMapper;

import dev.driftless.schema.Column;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order Hibernate 6.2+ gives the columns of the keys it makes for collection and join
 * tables (its standard column ordering strategy): by physical size, at least four bytes, then
 * large values last, then by name. A {@code varchar(255)} counts as PostgreSQL's longest
 * varchar, since 255 is only Hibernate's default length.
 */
final class HibernateColumnOrder {
  private static final int PG_MAX_VARCHAR = 10_485_760;
  private static final double DECIMAL_DIGITS_PER_BYTE = Math.log(256) / Math.log(10);
  private static final Pattern SIZED = Pattern.compile(
      "(character varying|character|numeric)\\((\\d+)(?:,\\d+)?\\)");

  private HibernateColumnOrder() {}

  static final Comparator<Column> ORDER = Comparator
      .comparingInt((Column c) -> Math.max(size(c), 4))
      .thenComparing(c -> size(c) > 2048)
      .thenComparing(Column::name);

  /** {@code columns} in Hibernate's key order. */
  static List<Column> sort(List<Column> columns) {
    return columns.stream().sorted(ORDER).toList();
  }

  /** The names of {@code columns} in Hibernate's key order, as a key constraint lists them. */
  static String[] names(List<Column> columns) {
    return sort(columns).stream().map(Column::name).toArray(String[]::new);
  }

  private static int size(Column column) {
    String type = column.type().sql();
    Matcher sized = SIZED.matcher(type);
    if (sized.matches()) {
      int n = Integer.parseInt(sized.group(2));
      return sized.group(1).equals("numeric") ? (int) Math.ceil(n / DECIMAL_DIGITS_PER_BYTE)
          : n == TypeMapper.DEFAULT_LENGTH ? PG_MAX_VARCHAR : n;
    }
    return switch (type) {
      case "boolean" -> 1;
      case "smallint" -> 2;
      case "integer", "real", "date" -> 4;
      case "bigint", "double precision" -> 8;
      case "uuid" -> 16;
      default -> type.startsWith("time") ? (type.startsWith("timestamp") ? 8 : 4)
          : Integer.MAX_VALUE;
    };
  }
}
