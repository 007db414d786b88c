package dev.driftless.processor.mapping.naming;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The two lists of key words that decide a name's fate: those Hibernate quotes when asked to
 * ({@code sql-keywords.txt}), and those PostgreSQL refuses as an unquoted table or column name
 * ({@code postgres-reserved.txt}).
 */
final class Keywords {
  private static final Set<String> HIBERNATE = load("sql-keywords.txt");
  private static final Set<String> RESERVED = load("postgres-reserved.txt");

  private Keywords() {}

  /** Whether Hibernate quotes {@code name} under {@code hibernate.auto_quote_keyword=true}. */
  static boolean quotedByHibernate(String name) {
    return HIBERNATE.contains(name.toLowerCase(Locale.ROOT));
  }

  /** Whether PostgreSQL refuses {@code name} as an unquoted table or column name. */
  static boolean reservedByPostgres(String name) {
    return RESERVED.contains(name.toLowerCase(Locale.ROOT));
  }

  /** PostgreSQL's reserved key words, lower case. */
  static Set<String> reservedByPostgres() {
    return RESERVED;
  }

  /** The key words Hibernate quotes when asked to, lower case. */
  static Set<String> quotedByHibernate() {
    return HIBERNATE;
  }

  private static Set<String> load(String resource) {
    try (InputStream in = Keywords.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException(resource + " is missing from the processor jar", e);
    }
  }
}
