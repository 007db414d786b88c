package dev.driftless.schema;

import java.util.Comparator;
import java.util.Objects;

/**
 * A schema-qualified database object name, such as {@code public.customer}.
 *
 * <p>Names are stored exactly as PostgreSQL stores them (already case-folded), and are always
 * quoted when rendered to SQL.
 */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {

  /** The schema tables land in when an entity names none. */
  public static final String DEFAULT_SCHEMA = "public";

  private static final Comparator<QualifiedName> ORDER =
      Comparator.comparing(QualifiedName::schema).thenComparing(QualifiedName::name);

  public QualifiedName {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(name, "name");
    if (schema.isEmpty() || name.isEmpty()) {
      throw new IllegalArgumentException("empty name: '" + schema + "." + name + "'");
    }
  }

  public static QualifiedName of(String schema, String name) {
    return new QualifiedName(schema, name);
  }

  @Override
  public int compareTo(QualifiedName other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return schema + "." + name;
  }
}
