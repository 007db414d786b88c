package dev.driftless.schema;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The string-to-string canonicalizer {@link TypeNames} was before {@link ColumnType} had parts
 * (with the folding of unknown unquoted names that Hibernate's defaults call for), kept as the
 * oracle {@link ColumnTypeTest} compares the parser with: every text must come out spelled the
 * same.
 */
final class LegacyTypeNames {
  private LegacyTypeNames() {}

  private static final Map<String, String> SIMPLE = Map.ofEntries(
      Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("integer", "integer"),
      Map.entry("int8", "bigint"), Map.entry("bigint", "bigint"),
      Map.entry("int2", "smallint"), Map.entry("smallint", "smallint"),
      Map.entry("bool", "boolean"), Map.entry("boolean", "boolean"),
      Map.entry("float8", "double precision"), Map.entry("double precision", "double precision"),
      Map.entry("float", "double precision"),
      Map.entry("float4", "real"), Map.entry("real", "real"),
      Map.entry("varchar", "character varying"),
      Map.entry("character varying", "character varying"),
      Map.entry("decimal", "numeric"), Map.entry("numeric", "numeric"),
      Map.entry("timestamptz", "timestamp with time zone"),
      Map.entry("timestamp", "timestamp without time zone"),
      Map.entry("timestamp without time zone", "timestamp without time zone"),
      Map.entry("timestamp with time zone", "timestamp with time zone"),
      Map.entry("timetz", "time with time zone"),
      Map.entry("time", "time without time zone"),
      Map.entry("time without time zone", "time without time zone"),
      Map.entry("time with time zone", "time with time zone"),
      Map.entry("char", "character(1)"), Map.entry("character", "character(1)"),
      Map.entry("bpchar", "character"), Map.entry("varbit", "bit varying"),
      Map.entry("bit", "bit(1)"));

  private static final Map<Pattern, String> SIZED = new LinkedHashMap<>();

  static {
    SIZED.put(Pattern.compile("(?:varchar|character varying)\\s*\\((\\d+)\\)"),
        "character varying($1)");
    SIZED.put(Pattern.compile("(?:char|character|bpchar)\\s*\\((\\d+)\\)"), "character($1)");
    SIZED.put(Pattern.compile("(?:varbit|bit varying)\\s*\\((\\d+)\\)"), "bit varying($1)");
    SIZED.put(Pattern.compile("(?:numeric|decimal)\\s*\\((\\d+)\\s*,\\s*(\\d+)\\)"),
        "numeric($1,$2)");
    SIZED.put(Pattern.compile("(?:numeric|decimal)\\s*\\((\\d+)\\)"), "numeric($1,0)");
    SIZED.put(Pattern.compile("timestamptz\\s*\\((\\d+)\\)"), "timestamp($1) with time zone");
    SIZED.put(Pattern.compile("timestamp\\s*\\((\\d+)\\)(?:\\s*without time zone)?"),
        "timestamp($1) without time zone");
    SIZED.put(Pattern.compile("timetz\\s*\\((\\d+)\\)"), "time($1) with time zone");
    SIZED.put(Pattern.compile("time\\s*\\((\\d+)\\)(?:\\s*without time zone)?"),
        "time($1) without time zone");
  }

  // Catalogs repeat a handful of types thousands of times: canonicalize each spelling once.
  private static final Map<String, String> CACHE = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int CACHE_LIMIT = 10_000;
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern ARRAY = Pattern.compile("(.+?)\\s*(?:\\[\\]| array)");
  private static final Pattern FLOAT = Pattern.compile("float\\s*\\((\\d+)\\)");
  private static final Pattern MODIFIED = Pattern.compile("([^(]+?)\\s*\\((.*)\\)(.*)");
  private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

  static String canonical(String type) {
    String cached = CACHE.get(type);
    if (cached != null) {
      return cached;
    }
    String result = compute(type);
    if (CACHE.size() < CACHE_LIMIT) {
      CACHE.put(type, result);
    }
    return result;
  }

  private static String compute(String type) {
    String lower = SPACES.matcher(type.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    Matcher array = ARRAY.matcher(lower);
    if (array.matches() && !type.contains("\"")) {
      return compute(array.group(1)) + "[]";
    }
    Matcher floating = FLOAT.matcher(lower);
    if (floating.matches()) {
      return Integer.parseInt(floating.group(1)) <= 24 ? "real" : "double precision";
    }
    String simple = SIMPLE.get(lower);
    if (simple != null) {
      return simple;
    }
    for (Map.Entry<Pattern, String> rule : SIZED.entrySet()) {
      Matcher matcher = rule.getKey().matcher(lower);
      if (matcher.matches()) {
        return matcher.replaceFirst(rule.getValue());
      }
    }
    if (type.contains("\"")) {
      return type.strip(); // a quoted name is stored, and printed, exactly as written
    }
    // Other types are names PostgreSQL folds like any unquoted name (TEXT is text, Citext is
    // citext); a modifier in parentheses is printed as the type's own output function prints it,
    // without spaces after commas (geometry(Point,4326)), so only those are taken out.
    Matcher modified = MODIFIED.matcher(SPACES.matcher(type.strip()).replaceAll(" "));
    if (modified.matches()) {
      return modified.group(1).toLowerCase(Locale.ROOT).strip() + "("
          + COMMA.matcher(modified.group(2)).replaceAll(",") + ")"
          + modified.group(3).toLowerCase(Locale.ROOT);
    }
    return lower;
  }
}
