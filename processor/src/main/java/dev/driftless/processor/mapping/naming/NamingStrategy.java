package dev.driftless.processor.mapping.naming;


import dev.driftless.schema.PostgresNames;
import java.util.Locale;

/**
 * Turns logical names (entity names, field names, explicit {@code @Table}/{@code @Column} names)
 * into the physical names PostgreSQL stores, matching what Hibernate produces.
 *
 * <p>Hibernate does not quote names by default, and PostgreSQL folds unquoted names to lower case;
 * so the physical name of {@code firstName} under the JPA default is {@code firstname}. A name
 * written in quotes or backticks ({@code "\"Order\""}) keeps its case, as in Hibernate.
 *
 * <p>A name that is an SQL keyword ({@code User}, {@code Order}) only works with Hibernate when
 * it quotes keywords ({@code hibernate.auto_quote_keyword=true}); Hibernate then keeps the case
 * the logical name has, and neither physical naming strategy touches a quoted name. So do we.
 */
public enum NamingStrategy {
  /** Hibernate's default: names as written, folded to lower case by PostgreSQL. */
  JPA {
    @Override
    String unquoted(String logical) {
      return logical.toLowerCase(Locale.ROOT);
    }
  },
  /** Spring Boot's default: {@code firstName} becomes {@code first_name}. */
  SNAKE_CASE {
    @Override
    String unquoted(String logical) {
      String name = logical.replace('.', '_');
      StringBuilder out = new StringBuilder(name.length() + 8);
      for (int i = 0; i < name.length(); i++) {
        char current = name.charAt(i);
        if (i > 0 && i < name.length() - 1 && startsWord(name.charAt(i - 1), current,
            name.charAt(i + 1))) {
          out.append('_');
        }
        out.append(current);
      }
      return out.toString().toLowerCase(Locale.ROOT);
    }

    private boolean startsWord(char before, char current, char after) {
      return (Character.isLowerCase(before) || Character.isDigit(before))
          && Character.isUpperCase(current)
          && (Character.isLowerCase(after) || Character.isDigit(after));
    }
  },
  /**
   * Spring Boot 3's default under Hibernate 6.6, {@code CamelCaseToUnderscoresNamingStrategy}:
   * a word starts only at an upper-case letter between two lower-case ones ({@code line2Text}
   * stays {@code line2text}), and quoted names are converted and folded too.
   */
  SNAKE_CASE_6_6 {
    @Override
    String unquoted(String logical) {
      String name = logical.replace('.', '_');
      StringBuilder out = new StringBuilder(name.length() + 8);
      for (int i = 0; i < name.length(); i++) {
        char current = name.charAt(i);
        if (i > 0 && i < name.length() - 1 && Character.isLowerCase(name.charAt(i - 1))
            && Character.isUpperCase(current) && Character.isLowerCase(name.charAt(i + 1))) {
          out.append('_');
        }
        out.append(current);
      }
      return out.toString().toLowerCase(Locale.ROOT);
    }

    @Override
    String quoted(String inner) {
      return unquoted(inner);
    }
  };

  /**
   * This strategy as {@code line} applies it: Spring's snake case is a different class in each
   * line ({@link #SNAKE_CASE} for 7, {@link #SNAKE_CASE_6_6} for 6.6).
   */
  public NamingStrategy on(HibernateLine line) {
    return this == SNAKE_CASE && line == HibernateLine.V6_6 ? SNAKE_CASE_6_6 : this;
  }

  /** The SQL keywords Hibernate quotes, from {@code sql-keywords.txt}. */
  private static final class Keywords {
    private static final java.util.Set<String> WORDS = load();

    static boolean is(String name) {
      return WORDS.contains(name.toLowerCase(Locale.ROOT));
    }

    private static java.util.Set<String> load() {
      try (java.io.InputStream in = NamingStrategy.class.getResourceAsStream("sql-keywords.txt")) {
        return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
            .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
      } catch (java.io.IOException | NullPointerException e) {
        throw new IllegalStateException("sql-keywords.txt is missing from the processor jar", e);
      }
    }
  }

  /** The physical name of an unquoted logical name. */
  abstract String unquoted(String logical);

  /** The physical name of a quoted logical name (without its quotes): kept as written. */
  String quoted(String inner) {
    return inner;
  }

  /**
   * The physical name of {@code logical}, honouring explicit quoting, cut to 63 bytes as
   * PostgreSQL cuts it.
   */
  public String physical(String logical) {
    if (logical.length() > 2
        && ((logical.startsWith("\"") && logical.endsWith("\""))
            || (logical.startsWith("`") && logical.endsWith("`")))) {
      return PostgresNames.truncate(quoted(logical.substring(1, logical.length() - 1)));
    }
    return PostgresNames.truncate(Keywords.is(logical) ? quoted(logical) : unquoted(logical));
  }

  public static NamingStrategy fromOption(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "jpa", "default", "hibernate" -> JPA;
      case "snake_case", "spring" -> SNAKE_CASE;
      default -> throw new IllegalArgumentException("-Adriftless.naming=" + value
          + " is not a naming strategy; use jpa (Hibernate's default) or snake_case (Spring "
          + "Boot's)");
    };
  }
}
