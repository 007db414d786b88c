package dev.driftless.ops;

import dev.driftless.schema.PostgresNames;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the references to a renamed column inside SQL the model keeps as text (check
 * expressions, index keys and predicates), as PostgreSQL does in its catalog when it runs
 * {@code RENAME COLUMN}: the model then still equals the database after a rename.
 *
 * <p>Only identifiers are touched: string literals, function names (followed by a parenthesis)
 * and type names (after {@code ::}) are left alone.
 */
final class ColumnReferences {
  private static final Pattern SIMPLE = Pattern.compile("[a-z_][a-z0-9_$]*");
  private static final Pattern ORDERED_KEY =
      Pattern.compile("(.+?)((?: (?:ASC|DESC))?(?: NULLS (?:FIRST|LAST))?)");

  private ColumnReferences() {}

  /** {@code sql} with every reference to column {@code from} naming {@code to} instead. */
  static String rename(String sql, String from, String to) {
    StringBuilder out = new StringBuilder(sql.length());
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\'') {
        int end = closing(sql, i, '\'');
        out.append(sql, i, end);
        i = end;
      } else if (c == '"') {
        int end = closing(sql, i, '"');
        String name = sql.substring(i + 1, end - 1).replace("\"\"", "\"");
        out.append(name.equals(from) ? PostgresNames.quote(to) : sql.substring(i, end));
        i = end;
      } else if (Character.isLetter(c) || c == '_') {
        int end = i + 1;
        while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end))
            || sql.charAt(end) == '_' || sql.charAt(end) == '$')) {
          end++;
        }
        String word = sql.substring(i, end);
        boolean reference = word.toLowerCase(java.util.Locale.ROOT).equals(from)
            && !followedByParenthesis(sql, end) && !sql.substring(0, i).stripTrailing()
                .endsWith("::");
        String renamed = SIMPLE.matcher(to).matches() ? to : PostgresNames.quote(to);
        out.append(reference ? renamed : word);
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Whether {@code sql} refers to column {@code column}, as {@link #rename} would find it. */
  static boolean mentions(String sql, String column) {
    return !rename(sql, column, column + "_").equals(sql);
  }

  /**
   * An index key: a plain column name (with its ordering) is renamed as a name, an expression
   * key (in parentheses) as SQL.
   */
  static String renameKey(String key, String from, String to) {
    if (key.startsWith("(")) {
      return rename(key, from, to);
    }
    Matcher matcher = ORDERED_KEY.matcher(key);
    if (matcher.matches() && matcher.group(1).equals(from)) {
      return to + matcher.group(2);
    }
    return key;
  }

  private static int closing(String sql, int open, char quote) {
    int i = open + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return sql.length();
  }

  private static boolean followedByParenthesis(String sql, int from) {
    int i = from;
    while (i < sql.length() && sql.charAt(i) == ' ') {
      i++;
    }
    return i < sql.length() && sql.charAt(i) == '(';
  }
}
