package dev.driftless.processor.mapping;

import dev.driftless.processor.mapping.types.TypeMapper;

import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import java.util.Comparator;
import java.util.List;

/**
 * The order Hibernate 6.2+ gives the columns of the keys it makes for collection and join
 * tables (its standard column ordering strategy): by physical size, at least four bytes, then
 * large values last, then by name as Hibernate spells it ({@link SpelledColumn}). A
 * {@code varchar(255)} counts as PostgreSQL's longest varchar, since 255 is only Hibernate's
 * default length.
 */
final class HibernateColumnOrder {
  private static final int PG_MAX_VARCHAR = 10_485_760;
  private static final double DECIMAL_DIGITS_PER_BYTE = Math.log(256) / Math.log(10);

  private HibernateColumnOrder() {}

  private static final Comparator<SpelledColumn> ORDER = Comparator
      .comparingInt((SpelledColumn c) -> Math.max(size(c.column()), 4))
      .thenComparing(c -> size(c.column()) > 2048)
      .thenComparing(SpelledColumn::spelling);

  /** {@code columns} in Hibernate's key order. */
  static List<SpelledColumn> sort(List<SpelledColumn> columns) {
    return columns.stream().sorted(ORDER).toList();
  }

  /** The names of {@code columns} in Hibernate's key order, as a key constraint lists them. */
  static String[] names(List<SpelledColumn> columns) {
    return sort(columns).stream().map(c -> c.column().name()).toArray(String[]::new);
  }

  private static int size(Column column) {
    ColumnType type = column.type();
    String base = type.baseName();
    if (!type.isArray() && type.length().isPresent()) { // character varying(n), character(n)
      int n = type.length().getAsInt();
      return n == TypeMapper.DEFAULT_LENGTH ? PG_MAX_VARCHAR : n;
    }
    // numeric(p,s); one with a negative scale has always counted as unbounded
    if (!type.isArray() && base.equals("numeric") && type.scale().orElse(-1) >= 0) {
      return (int) Math.ceil(type.precision().getAsInt() / DECIMAL_DIGITS_PER_BYTE);
    }
    return switch (type.isArray() ? "" : base) {
      case "boolean" -> 1;
      case "smallint" -> 2;
      case "integer", "real", "date" -> 4;
      case "bigint", "double precision" -> 8;
      case "uuid" -> 16;
      // time and timestamp types (and arrays of them) by the name's first word
      default -> base.startsWith("time") ? (base.startsWith("timestamp") ? 8 : 4)
          : Integer.MAX_VALUE;
    };
  }
}
