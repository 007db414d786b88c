package dev.driftless.processor.mapping.naming;


import dev.driftless.schema.PostgresNames;
import java.util.Locale;

/**
 * Turns logical names (entity names, field names, explicit {@code @Table}/{@code @Column} names)
 * into the physical names PostgreSQL stores, matching what Hibernate produces.
 *
 * <p>Hibernate does not quote names by default, and PostgreSQL folds unquoted names to lower case;
 * so the physical name of {@code firstName} under the JPA default is {@code firstname}, and of
 * {@code VALUE} (a key word PostgreSQL accepts as a name) {@code value}. A name written in quotes,
 * backticks or brackets ({@code "\"Order\""}), or one that is not a plain word ({@code order-line}),
 * is quoted by Hibernate and keeps its case; so is every name Hibernate's {@link Quoting} settings
 * quote, and neither physical naming strategy touches a quoted name.
 *
 * <p>A name that stays unquoted but is one of PostgreSQL's reserved words ({@code user},
 * {@code order}) is refused: Hibernate's DDL could not create it.
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

  /** The physical name of an unquoted logical name. */
  abstract String unquoted(String logical);

  /** The physical name of a quoted logical name (without its quotes): kept as written. */
  String quoted(String inner) {
    return inner;
  }

  /**
   * The physical name of {@code logical} under Hibernate's default quoting, cut to 63 bytes as
   * PostgreSQL cuts it.
   *
   * @throws ReservedNameException if it is unquoted and PostgreSQL reserves it
   */
  public String physical(String logical) {
    return physical(logical, Quoting.NONE);
  }

  /**
   * The physical name of {@code logical}: as written (cut to 63 bytes as PostgreSQL cuts it) if
   * Hibernate quotes it, else as this strategy makes it and PostgreSQL folds it.
   *
   * @throws ReservedNameException if it is unquoted and PostgreSQL reserves it
   */
  public String physical(String logical, Quoting quoting) {
    return PostgresNames.truncate(uncut(logical, quoting));
  }

  /**
   * The physical name of {@code logical} before PostgreSQL cuts it to 63 bytes: the name
   * Hibernate writes in its SQL, which a message about two names the cut makes one shows.
   *
   * @throws ReservedNameException if it is unquoted and PostgreSQL reserves it
   */
  public String uncut(String logical, Quoting quoting) {
    String text = logical.strip();
    if (explicitlyQuoted(text)) {
      return quoted(text.substring(1, text.length() - 1));
    }
    if (quoting.quotes(text) || !plainWord(text)) {
      return quoted(text);
    }
    String folded = unquoted(text);
    if (Keywords.reservedByPostgres(folded)) {
      throw new ReservedNameException(folded);
    }
    return folded;
  }

  /**
   * {@code logical} as Hibernate holds it, before PostgreSQL folds it: what Hibernate compares
   * when it orders a key's columns by name. Under {@link #JPA} an unquoted name keeps the case it
   * was written in ({@code CUST_ID} sorts before {@code amount}); the snake-case strategies
   * write lower case, so there it is the physical name.
   */
  public String spelling(String logical, Quoting quoting) {
    return PostgresNames.truncate(uncutSpelling(logical, quoting));
  }

  /**
   * {@link #spelling} before PostgreSQL cuts it to 63 bytes: what Hibernate hashes when it names
   * a constraint.
   */
  public String uncutSpelling(String logical, Quoting quoting) {
    String uncut = uncut(logical, quoting);
    String text = logical.strip();
    return this == JPA && uncut.equals(unquoted(text)) && !quoting.quotes(text)
        && plainWord(text) ? text : uncut;
  }

  /** In backticks, double quotes or brackets, as Hibernate recognizes a quoted name. */
  static boolean explicitlyQuoted(String text) {
    if (text.length() < 3) {
      return false;
    }
    char first = text.charAt(0);
    char last = text.charAt(text.length() - 1);
    return (first == '`' && last == '`') || (first == '"' && last == '"')
        || (first == '[' && last == ']');
  }

  /**
   * A letter or underscore, then letters, digits, underscores and dollars: anything else Hibernate
   * quotes by itself, as written.
   */
  static boolean plainWord(String text) {
    if (text.isEmpty() || !(Character.isLetter(text.charAt(0)) || text.charAt(0) == '_')) {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '_' && c != '$') {
        return false;
      }
    }
    return true;
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
