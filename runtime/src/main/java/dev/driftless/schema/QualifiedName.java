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

  /**
   * A name as settings write it: {@code schema.table}, or {@code table} in {@link
   * #DEFAULT_SCHEMA}; surrounding blanks are ignored. The one reading of the command line's
   * {@code --version-table}, the Maven plugin's {@code versionTable} and the starter's
   * {@code driftless.version-table}.
   *
   * @throws IllegalArgumentException if it is blank, has an empty part or more than one dot
   */
  public static QualifiedName parse(String qualified) {
    String text = qualified == null ? "" : qualified.strip();
    String[] parts = text.split("\\.", -1);
    if (text.isEmpty() || parts.length > 2 || parts[0].isEmpty()
        || parts[parts.length - 1].isEmpty()) {
      throw new IllegalArgumentException("expected schema.table or table, got '" + qualified
          + "'");
    }
    return parts.length == 2 ? of(parts[0], parts[1]) : of(DEFAULT_SCHEMA, parts[0]);
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
