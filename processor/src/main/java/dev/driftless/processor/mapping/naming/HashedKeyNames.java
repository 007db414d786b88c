package dev.driftless.processor.mapping.naming;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The names Hibernate's implicit naming strategy gives the foreign keys, unique constraints and
 * indexes it is not told the name of ({@code FK…}, {@code UK…}, {@code IDX…}), as PostgreSQL
 * stores them. A team adopting a database Hibernate created keeps those names, so the database
 * matches the snapshot without renaming a constraint.
 *
 * <p>The rule, read in {@code ImplicitNamingStrategyJpaCompliantImpl} and {@code NamingHelper}
 * (the same in 6.6 and 7): the MD5 of {@code table`T`} (a foreign key adds
 * {@code references`R`}) followed by {@code column`C`} for each column in alphabetical order of
 * its lower-case name, written in base 35 after the prefix. Every name is as Hibernate holds it
 * before PostgreSQL folds it (its spelling), in back-quotes if Hibernate quotes it. Hibernate
 * writes the result unquoted, so PostgreSQL stores it in lower case.
 */
public final class HashedKeyNames {
  private HashedKeyNames() {}

  /** A foreign key of {@code table}'s {@code columns} referencing {@code target}. */
  public static String foreignKey(String table, String target, List<String> columns) {
    return "fk" + hash("table`" + table + "`references`" + target + "`" + columns(columns));
  }

  /** A unique constraint over {@code columns} of {@code table}. */
  public static String unique(String table, List<String> columns) {
    return "uk" + hash("table`" + table + "`" + columns(columns));
  }

  /** An index over {@code columns} of {@code table}. */
  public static String index(String table, List<String> columns) {
    return "idx" + hash("table`" + table + "`" + columns(columns));
  }

  private static String columns(List<String> spellings) {
    StringBuilder text = new StringBuilder();
    spellings.stream().sorted(Comparator.comparing(HashedKeyNames::canonical))
        .forEach(c -> text.append("column`").append(c).append('`'));
    return text.toString();
  }

  /** How Hibernate compares names: as written if quoted, else in lower case. */
  private static String canonical(String spelling) {
    return spelling.startsWith("`") ? spelling.substring(1, spelling.length() - 1)
        : spelling.toLowerCase(Locale.ENGLISH);
  }

  private static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("MD5")
          .digest(text.getBytes(StandardCharsets.UTF_8));
      return new BigInteger(1, digest).toString(35);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is a required algorithm of every Java platform", e);
    }
  }
}
