package dev.driftless.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A table with its columns and constraints.
 *
 * <p>Columns keep their declaration order (it is the order a person reads). Constraints and
 * indexes are kept sorted by name, so that two equal tables are equal records and serialize to
 * the same bytes.
 *
 * @param name qualified table name
 * @param columns columns in declaration order
 * @param primaryKey the primary key, or {@code null} for none
 * @param uniqueConstraints unique constraints, sorted by name
 * @param checkConstraints check constraints, sorted by name
 * @param foreignKeys foreign keys, sorted by name
 * @param indexes indexes, sorted by name
 * @param comment the table's comment, or {@code null}
 */
public record Table(
    QualifiedName name,
    List<Column> columns,
    PrimaryKey primaryKey,
    List<UniqueConstraint> uniqueConstraints,
    List<CheckConstraint> checkConstraints,
    List<ForeignKey> foreignKeys,
    List<Index> indexes,
    String comment) {

  public Table {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    uniqueConstraints = sorted(uniqueConstraints, UniqueConstraint::name);
    checkConstraints = sorted(checkConstraints, CheckConstraint::name);
    foreignKeys = sorted(foreignKeys, ForeignKey::name);
    indexes = sorted(indexes, Index::name);
    Set<String> seen = new HashSet<>();
    for (Column column : columns) {
      if (!seen.add(column.name())) {
        throw new IllegalArgumentException("table " + name + " has two columns " + column.name());
      }
    }
  }

  public static Builder builder(String schema, String name) {
    return new Builder(QualifiedName.of(schema, name));
  }

  public static Builder builder(QualifiedName name) {
    return new Builder(name);
  }

  /** A builder pre-filled with this table, for changed copies. */
  public Builder toBuilder() {
    Builder builder = new Builder(name);
    builder.columns.addAll(columns);
    builder.primaryKey = primaryKey;
    builder.uniqueConstraints.addAll(uniqueConstraints);
    builder.checkConstraints.addAll(checkConstraints);
    builder.foreignKeys.addAll(foreignKeys);
    builder.indexes.addAll(indexes);
    builder.comment = comment;
    return builder;
  }

  public Optional<Column> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }

  public Optional<PrimaryKey> primaryKeyIfAny() {
    return Optional.ofNullable(primaryKey);
  }

  private static <T> List<T> sorted(List<T> items, Function<T, String> key) {
    List<T> copy = new ArrayList<>(items);
    copy.sort(Comparator.comparing(key));
    return List.copyOf(copy);
  }

  /** Builds a {@link Table}; revisions use it to spell out {@code createTable}. */
  public static final class Builder {
    private final QualifiedName name;
    private final List<Column> columns = new ArrayList<>();
    private PrimaryKey primaryKey;
    private final List<UniqueConstraint> uniqueConstraints = new ArrayList<>();
    private final List<CheckConstraint> checkConstraints = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private String comment;

    private Builder(QualifiedName name) {
      this.name = name;
    }

    public Builder column(Column column) {
      columns.add(column);
      return this;
    }

    public Builder columns(List<Column> all) {
      columns.addAll(all);
      return this;
    }

    public Builder primaryKey(String constraintName, String... keyColumns) {
      return primaryKey(PrimaryKey.of(constraintName, keyColumns));
    }

    public Builder primaryKey(PrimaryKey key) {
      this.primaryKey = key;
      return this;
    }

    public Builder unique(String constraintName, String... uniqueColumns) {
      return unique(UniqueConstraint.of(constraintName, uniqueColumns));
    }

    public Builder unique(UniqueConstraint constraint) {
      uniqueConstraints.add(constraint);
      return this;
    }

    public Builder check(String constraintName, String expression) {
      return check(CheckConstraint.of(constraintName, expression));
    }

    public Builder check(CheckConstraint constraint) {
      checkConstraints.add(constraint);
      return this;
    }

    public Builder comment(String text) {
      this.comment = text;
      return this;
    }

    public Builder foreignKey(ForeignKey foreignKey) {
      foreignKeys.add(foreignKey);
      return this;
    }

    public Builder clearForeignKeys() {
      foreignKeys.clear();
      return this;
    }

    public Builder index(Index index) {
      indexes.add(index);
      return this;
    }

    public Builder replaceIndex(Index index) {
      indexes.replaceAll(i -> i.name().equals(index.name()) ? index : i);
      return this;
    }

    public Builder replaceCheck(CheckConstraint check) {
      checkConstraints.replaceAll(c -> c.name().equals(check.name()) ? check : c);
      return this;
    }

    /** Applies {@code change} to every column, keeping the order. */
    public Builder mapColumns(java.util.function.UnaryOperator<Column> change) {
      columns.replaceAll(change);
      return this;
    }

    public Builder removeColumn(String columnName) {
      columns.removeIf(c -> c.name().equals(columnName));
      return this;
    }

    public Builder removeConstraint(String constraintName) {
      if (primaryKey != null && primaryKey.name().equals(constraintName)) {
        primaryKey = null;
      }
      uniqueConstraints.removeIf(u -> u.name().equals(constraintName));
      checkConstraints.removeIf(c -> c.name().equals(constraintName));
      foreignKeys.removeIf(f -> f.name().equals(constraintName));
      return this;
    }

    public Builder removeIndex(String indexName) {
      indexes.removeIf(i -> i.name().equals(indexName));
      return this;
    }

    public Table build() {
      return new Table(name, columns, primaryKey, uniqueConstraints, checkConstraints,
          foreignKeys, indexes, comment);
    }
  }
}
