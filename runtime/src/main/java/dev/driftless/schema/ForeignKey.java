package dev.driftless.schema;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key from columns of the owning table to columns of {@code target}.
 *
 * @param name constraint name
 * @param columns referencing columns of the owning table
 * @param target the referenced table
 * @param targetColumns referenced columns, paired with {@code columns} by position
 */
public record ForeignKey(
    String name, List<String> columns, QualifiedName target, List<String> targetColumns) {

  public ForeignKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(target, "target");
    columns = NonEmpty.copy(columns, "foreign key " + name);
    targetColumns = NonEmpty.copy(targetColumns, "foreign key " + name + " target");
    if (columns.size() != targetColumns.size()) {
      throw new IllegalArgumentException(
          "foreign key " + name + " pairs " + columns + " with " + targetColumns);
    }
  }

  /** Starts a foreign key: {@code ForeignKey.named("fk").columns("a").references(s, t, "id")}. */
  public static Builder named(String name) {
    return new Builder(name);
  }

  /** The fluent first half of a foreign key; {@link #references} completes it. */
  public static final class Builder {
    private final String name;
    private List<String> columns = List.of();

    private Builder(String name) {
      this.name = name;
    }

    public Builder columns(String... referencing) {
      this.columns = List.of(referencing);
      return this;
    }

    public ForeignKey references(String schema, String table, String... referenced) {
      return new ForeignKey(name, columns, QualifiedName.of(schema, table), List.of(referenced));
    }
  }
}
