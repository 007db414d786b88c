package dev.driftless.processor.mapping.naming;

/**
 * Which names Hibernate quotes in its DDL, and so keeps exactly as written, mirroring its settings.
 * An unquoted name is folded to lower case by PostgreSQL.
 */
public enum Quoting {
  /** Hibernate's default: no name is quoted unless written in quotes (or not a plain word). */
  NONE,
  /** {@code hibernate.auto_quote_keyword=true}: names that are key words Hibernate knows. */
  KEYWORDS,
  /** {@code hibernate.globally_quoted_identifiers=true}: every table, column and sequence name. */
  ALL;

  /** Whether a logical name that is not explicitly quoted is quoted as written. */
  boolean quotes(String name) {
    return this == ALL || (this == KEYWORDS && Keywords.quotedByHibernate(name));
  }

  /** The quoting the two options ask for; global quoting includes key words. */
  public static Quoting of(boolean keywords, boolean identifiers) {
    return identifiers ? ALL : keywords ? KEYWORDS : NONE;
  }
}
