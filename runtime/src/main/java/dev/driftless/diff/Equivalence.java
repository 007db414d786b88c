package dev.driftless.diff;

import dev.driftless.schema.CheckConstraint;
import dev.driftless.schema.Column;
import dev.driftless.schema.Index;
import java.util.regex.Pattern;

/**
 * When two spellings of a SQL expression (a default, a check, an index predicate) mean the same
 * thing without asking PostgreSQL: white space, and the spellings of the current time that
 * PostgreSQL keeps exactly as written ({@code now()}, {@code CURRENT_TIMESTAMP},
 * {@code transaction_timestamp()}), which all return the transaction's start time.
 *
 * <p>This is the one equivalence both sides use: the differ, so that respelling a default in an
 * entity writes no revision, and the drift check's canonicalizer, so that a database never shows
 * drift the processor would not have written a revision for. Differences PostgreSQL alone can
 * settle (casts it adds, {@code IN} lists it rewrites) are left to the canonicalizer's probes.
 */
public final class Equivalence {
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern CURRENT_TIME = Pattern.compile(
      "(?i)\\b(now\\(\\)|transaction_timestamp\\(\\)|current_timestamp)");

  private Equivalence() {}

  /** {@code expression} in the one spelling its equivalents share. */
  public static String spelling(String expression) {
    String spaced = SPACE.matcher(expression.strip()).replaceAll(" ");
    return CURRENT_TIME.matcher(spaced).replaceAll("CURRENT_TIMESTAMP");
  }

  /** Whether two expressions, either of which may be absent (null), mean the same. */
  public static boolean sameExpression(String a, String b) {
    return a == null || b == null ? a == b : spelling(a).equals(spelling(b));
  }

  /** Whether two columns are the same but for the spelling of their defaults. */
  static boolean sameColumn(Column a, Column b) {
    return a.equals(b) || sameExpression(a.defaultExpression(), b.defaultExpression())
        && a.equals(b.defaultValue(a.defaultExpression()));
  }

  /** Whether two checks are the same but for the spelling of their expressions. */
  static boolean sameCheck(CheckConstraint a, CheckConstraint b) {
    return a.name().equals(b.name()) && sameExpression(a.expression(), b.expression());
  }

  /** Whether two indexes are the same but for the spelling of their predicates. */
  static boolean sameIndex(Index a, Index b) {
    return a.equals(b) || sameExpression(a.where(), b.where())
        && a.equals(new Index(b.name(), b.columns(), b.unique(), b.method(), a.where()));
  }

  /** Whether {@code checks} hold one the same as {@code check}. */
  static boolean containsCheck(Iterable<CheckConstraint> checks, CheckConstraint check) {
    for (CheckConstraint c : checks) {
      if (sameCheck(c, check)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code indexes} hold one the same as {@code index}. */
  static boolean containsIndex(Iterable<Index> indexes, Index index) {
    for (Index i : indexes) {
      if (sameIndex(i, index)) {
        return true;
      }
    }
    return false;
  }
}
