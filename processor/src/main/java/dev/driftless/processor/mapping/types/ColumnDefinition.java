package dev.driftless.processor.mapping.types;

import dev.driftless.schema.ColumnType;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code @Column(columnDefinition = "…")} taken apart: Hibernate pastes it after the column
 * name, so it is a type optionally followed by {@code DEFAULT …} and {@code [NOT] NULL}. Anything
 * else (a check, a reference) has an annotation of its own and is refused.
 *
 * @param type the column type
 * @param defaultExpression the {@code DEFAULT} expression, or null
 * @param notNull whether it says {@code NOT NULL}
 */
public record ColumnDefinition(ColumnType type, String defaultExpression, boolean notNull) {

  private static final Pattern CLAUSES = Pattern.compile(
      "(?is)(.*?)(?:\\s+default\\s+(.+?))?(\\s+not\\s+null|\\s+null)?\\s*");
  private static final Pattern FORBIDDEN = Pattern.compile(
      "(?i)\\b(check|unique|primary|references|constraint|generated|collate)\\b");

  /** Parses {@code text}; the message of the exception says what is not supported. */
  public static ColumnDefinition parse(String text) {
    Matcher forbidden = FORBIDDEN.matcher(text);
    if (forbidden.find()) {
      throw new IllegalArgumentException("'" + forbidden.group(1).toLowerCase(Locale.ROOT)
          + "' in columnDefinition is not supported by Driftless; use the annotation for it "
          + "(@Column(unique = true), @Column(check = ...), @ManyToOne, ...) and keep "
          + "columnDefinition to a type, DEFAULT and NOT NULL");
    }
    Matcher matcher = CLAUSES.matcher(text.strip());
    if (!matcher.matches() || matcher.group(1).isBlank()) {
      throw new IllegalArgumentException("columnDefinition '" + text + "' does not start with a "
          + "type");
    }
    String nullability = matcher.group(3);
    return new ColumnDefinition(ColumnType.of(matcher.group(1)),
        matcher.group(2) == null ? null : matcher.group(2).strip(),
        nullability != null && nullability.strip().toLowerCase(Locale.ROOT).startsWith("not"));
  }
}
