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
 * @param onDelete action when the referenced row is deleted
 * @param onUpdate action when the referenced key is updated
 * @param deferrability whether the check may wait until commit
 */
public record ForeignKey(
    String name,
    List<String> columns,
    QualifiedName target,
    List<String> targetColumns,
    ReferentialAction onDelete,
    ReferentialAction onUpdate,
    Deferrability deferrability) {

  public ForeignKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(onDelete, "onDelete");
    Objects.requireNonNull(onUpdate, "onUpdate");
    Objects.requireNonNull(deferrability, "deferrability");
    columns = NonEmpty.copy(columns, "foreign key " + name);
    targetColumns = NonEmpty.copy(targetColumns, "foreign key " + name + " target");
    if (columns.size() != targetColumns.size()) {
      throw new IllegalArgumentException(
          "foreign key " + name + " pairs " + columns + " with " + targetColumns);
    }
  }

  /** A foreign key with PostgreSQL's defaults: NO ACTION both ways, not deferrable. */
  public ForeignKey(String name, List<String> columns, QualifiedName target,
      List<String> targetColumns) {
    this(name, columns, target, targetColumns, ReferentialAction.NO_ACTION,
        ReferentialAction.NO_ACTION, Deferrability.NOT_DEFERRABLE);
  }

  /** Starts a foreign key: {@code ForeignKey.named("fk").columns("a").references(s, t, "id")}. */
  public static Builder named(String name) {
    return new Builder(name);
  }

  public ForeignKey onDelete(ReferentialAction action) {
    return new ForeignKey(name, columns, target, targetColumns, action, onUpdate, deferrability);
  }

  public ForeignKey onUpdate(ReferentialAction action) {
    return new ForeignKey(name, columns, target, targetColumns, onDelete, action, deferrability);
  }

  public ForeignKey deferrable(Deferrability value) {
    return new ForeignKey(name, columns, target, targetColumns, onDelete, onUpdate, value);
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
