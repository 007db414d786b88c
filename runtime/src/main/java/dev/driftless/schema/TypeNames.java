package dev.driftless.schema;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PostgreSQL type written as text into a {@link ColumnType}, spelled the way
 * {@code format_type()} prints it, so that {@code int4}, {@code varchar(20)} or
 * {@code timestamptz} written by hand compare equal to what the catalog reports
 * ({@code integer}, {@code character varying(20)}, {@code timestamp with time zone}).
 *
 * <p>The one place type text is taken apart: the aliases PostgreSQL accepts live here and nowhere
 * else. Anything not recognised is kept as written as the type's base name.
 */
final class TypeNames {
  private TypeNames() {}

  private static final Map<String, ColumnType> SIMPLE = Map.ofEntries(
      simple("int", "integer"), simple("int4", "integer"), simple("integer", "integer"),
      simple("int8", "bigint"), simple("bigint", "bigint"),
      simple("int2", "smallint"), simple("smallint", "smallint"),
      simple("bool", "boolean"), simple("boolean", "boolean"),
      simple("float8", "double precision"), simple("double precision", "double precision"),
      simple("float", "double precision"),
      simple("float4", "real"), simple("real", "real"),
      simple("varchar", "character varying"),
      simple("character varying", "character varying"),
      simple("decimal", "numeric"), simple("numeric", "numeric"),
      simple("timestamptz", "timestamp with time zone"),
      simple("timestamp", "timestamp without time zone"),
      simple("timestamp without time zone", "timestamp without time zone"),
      simple("timestamp with time zone", "timestamp with time zone"),
      simple("timetz", "time with time zone"),
      simple("time", "time without time zone"),
      simple("time without time zone", "time without time zone"),
      simple("time with time zone", "time with time zone"),
      Map.entry("char", ColumnType.withLength("character", 1)),
      Map.entry("character", ColumnType.withLength("character", 1)),
      simple("bpchar", "character"), simple("varbit", "bit varying"),
      Map.entry("bit", ColumnType.named("bit(1)")));

  private record Rule(Pattern pattern, Function<Matcher, ColumnType> type) {
    Rule(String regex, Function<Matcher, ColumnType> type) {
      this(Pattern.compile(regex), type);
    }
  }

  /** Written forms with modifiers, tried in order on the lower-cased text. */
  private static final List<Rule> SIZED = List.of(
      new Rule("(?:varchar|character varying)\\s*\\((\\d+)\\)",
          m -> ColumnType.withLength("character varying", number(m, 1))),
      new Rule("(?:char|character|bpchar)\\s*\\((\\d+)\\)",
          m -> ColumnType.withLength("character", number(m, 1))),
      new Rule("(?:varbit|bit varying)\\s*\\((\\d+)\\)",
          m -> ColumnType.named("bit varying(" + number(m, 1) + ")")),
      new Rule("(?:numeric|decimal)\\s*\\((\\d+)\\s*,\\s*(\\d+)\\)",
          m -> ColumnType.withPrecisionAndScale("numeric", number(m, 1), number(m, 2))),
      new Rule("(?:numeric|decimal)\\s*\\((\\d+)\\)",
          m -> ColumnType.withPrecisionAndScale("numeric", number(m, 1), 0)),
      new Rule("timestamptz\\s*\\((\\d+)\\)",
          m -> ColumnType.withPrecision("timestamp with time zone", number(m, 1))),
      new Rule("timestamp\\s*\\((\\d+)\\)(?:\\s*without time zone)?",
          m -> ColumnType.withPrecision("timestamp without time zone", number(m, 1))),
      new Rule("timetz\\s*\\((\\d+)\\)",
          m -> ColumnType.withPrecision("time with time zone", number(m, 1))),
      new Rule("time\\s*\\((\\d+)\\)(?:\\s*without time zone)?",
          m -> ColumnType.withPrecision("time without time zone", number(m, 1))));

  /**
   * Types already in {@code format_type()} spelling that no alias rule above reads (a time type
   * {@code with time zone} and a precision; a negative scale or time precision, which the
   * factories allow): taken apart only when the text is exactly the canonical spelling of the
   * parts, so they keep their text either way.
   */
  private static final List<Rule> CANONICAL = List.of(
      new Rule("(time|timestamp)\\((-?\\d+)\\)( with(?:out)? time zone)",
          m -> ColumnType.withPrecision(m.group(1) + m.group(3), number(m, 2))),
      new Rule("numeric\\((\\d+),(-?\\d+)\\)",
          m -> ColumnType.withPrecisionAndScale("numeric", number(m, 1), number(m, 2))));

  // Catalogs repeat a handful of types thousands of times: parse each spelling once.
  private static final Map<String, ColumnType> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final int CACHE_LIMIT = 10_000;
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern ARRAY = Pattern.compile("(.+?)\\s*(?:\\[\\]| array)");
  private static final Pattern FLOAT = Pattern.compile("float\\s*\\((\\d+)\\)");
  private static final Pattern MODIFIED = Pattern.compile("([^(]+?)\\s*\\((.*)\\)(.*)");
  private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

  static ColumnType parse(String type) {
    ColumnType cached = CACHE.get(type);
    if (cached != null) {
      return cached;
    }
    ColumnType result = compute(type);
    if (CACHE.size() < CACHE_LIMIT) {
      CACHE.put(type, result);
    }
    return result;
  }

  private static ColumnType compute(String type) {
    String lower = SPACES.matcher(type.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    Matcher array = ARRAY.matcher(lower);
    if (array.matches() && !type.contains("\"")) {
      return ColumnType.arrayOf(compute(array.group(1)));
    }
    try {
      Matcher floating = FLOAT.matcher(lower);
      if (floating.matches()) {
        return number(floating, 1) <= 24 ? ColumnType.real() : ColumnType.doublePrecision();
      }
      ColumnType simple = SIMPLE.get(lower);
      if (simple != null) {
        return simple;
      }
      for (Rule rule : SIZED) {
        Matcher matcher = rule.pattern().matcher(lower);
        if (matcher.matches()) {
          return rule.type().apply(matcher);
        }
      }
    } catch (NumberFormatException tooLong) {
      // A modifier beyond int is no type PostgreSQL has: keep the text for it to refuse.
    }
    return asWritten(folded(type.strip()));
  }

  /**
   * An unknown type as PostgreSQL stores it: a quoted name exactly as written; any other name
   * folded like every unquoted name ({@code TEXT} is {@code text}, {@code Citext} is
   * {@code citext}), with a modifier in parentheses printed as the type's own output function
   * prints it, without spaces after commas ({@code geometry(Point,4326)}).
   */
  private static String folded(String type) {
    if (type.contains("\"")) {
      return type;
    }
    String spaced = SPACES.matcher(type).replaceAll(" ");
    Matcher modified = MODIFIED.matcher(spaced);
    if (modified.matches()) {
      return modified.group(1).toLowerCase(Locale.ROOT).strip() + "("
          + COMMA.matcher(modified.group(2)).replaceAll(",") + ")"
          + modified.group(3).toLowerCase(Locale.ROOT);
    }
    return spaced.toLowerCase(Locale.ROOT);
  }

  /** Unknown or user-defined types (and quoted names) are kept exactly as written. */
  private static ColumnType asWritten(String written) {
    for (Rule rule : CANONICAL) {
      Matcher matcher = rule.pattern().matcher(written);
      if (matcher.matches()) {
        try {
          ColumnType type = rule.type().apply(matcher);
          if (type.sql().equals(written)) {
            return type;
          }
        } catch (NumberFormatException tooLong) {
          // not canonical
        }
      }
    }
    // An array of a quoted type, as format_type() prints it: "MyType"[].
    int element = written.length() - 2;
    if (written.endsWith("[]") && element > 0
        && !Character.isWhitespace(written.charAt(element - 1))) {
      return ColumnType.arrayOf(asWritten(written.substring(0, element)));
    }
    return ColumnType.named(written);
  }

  private static Map.Entry<String, ColumnType> simple(String alias, String name) {
    return Map.entry(alias, ColumnType.named(name));
  }

  private static int number(Matcher matcher, int group) {
    return Integer.parseInt(matcher.group(group));
  }
}
