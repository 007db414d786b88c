package dev.driftless.processor.mapping.naming;

/**
 * A name Hibernate would write unquoted that PostgreSQL refuses: one of its reserved key words
 * ({@code user}, {@code order}, {@code group}). Hibernate's DDL fails on it, so Driftless reports
 * it on the element that gives the name, with the ways out.
 */
public final class ReservedNameException extends IllegalArgumentException {
  private final String name;

  ReservedNameException(String name) {
    super("'" + name + "' is a reserved word in PostgreSQL, which refuses it as a table or column "
        + "name unless quoted, and Hibernate does not quote names by default. Choose another name "
        + "(name = \"" + name + "s\", say), quote this one in the annotation (name = \"\\\"" + name
        + "\\\"\"), or, if Hibernate runs with " + (Keywords.quotedByHibernate(name)
            ? "hibernate.auto_quote_keyword=true or hibernate.globally_quoted_identifiers=true, "
                + "tell Driftless so with -Adriftless.quoteKeywords=true or "
                + "-Adriftless.quoteIdentifiers=true"
            : "hibernate.globally_quoted_identifiers=true, tell Driftless so with "
                + "-Adriftless.quoteIdentifiers=true (hibernate.auto_quote_keyword does not "
                + "quote this word)"));
    this.name = name;
  }

  /** The refused name, as PostgreSQL would have folded it. */
  public String name() {
    return name;
  }
}
