package dev.driftless.processor.mapping;

import dev.driftless.processor.mapping.Contribution.CheckSpec;
import dev.driftless.processor.mapping.Contribution.SourcedColumn;
import dev.driftless.schema.PostgresNames;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Table;
import dev.driftless.schema.UniqueConstraint;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns what the attribute readers of one entity contributed into its table: the primary key in
 * Hibernate's column order, checks named as PostgreSQL would name them ({@code _check}, then
 * {@code _check1}, …, in the order they were contributed), and the one unique constraint
 * Hibernate makes of all {@code @NaturalId} columns.
 */
final class TableAssembler {
  private TableAssembler() {}

  /**
   * The table {@code name} made of {@code parts}.
   *
   * @throws IllegalArgumentException if the parts do not make a valid table (two columns of one
   *     name, say)
   */
  static Table assemble(QualifiedName name, Contribution parts, Optional<String> comment) {
    Table.Builder table = Table.builder(name);
    parts.columns().forEach(c -> table.column(c.column()));
    if (!parts.keyColumns().isEmpty()) {
      table.primaryKey(PostgresNames.primaryKey(name.name()), keyOrder(parts));
    }
    parts.foreignKeys().forEach(table::foreignKey);
    parts.uniques().forEach(table::unique);
    parts.indexes().forEach(table::index);
    Set<String> checkNames = new HashSet<>();
    for (CheckSpec check : parts.checks()) {
      String chosen = check.name().isEmpty() ? freeName(name, check.column(), checkNames)
          : check.name();
      checkNames.add(chosen);
      table.check(chosen, check.expression());
    }
    if (!parts.naturalId().isEmpty()) {
      table.unique(new UniqueConstraint(
          PostgresNames.uniqueConstraint(name.name(), parts.naturalId()), parts.naturalId()));
    }
    comment.ifPresent(table::comment);
    return table.build();
  }

  /**
   * A composite key in Hibernate's column order; a single column, or a key whose order is
   * already Hibernate's, as it is.
   */
  private static String[] keyOrder(Contribution parts) {
    List<String> key = parts.keyColumns();
    if (key.size() < 2 || parts.keyOrdered()) {
      return key.toArray(String[]::new);
    }
    List<SpelledColumn> columns = new java.util.ArrayList<>();
    for (int i = 0; i < key.size(); i++) {
      String name = key.get(i);
      columns.add(new SpelledColumn(parts.columns().stream().map(SourcedColumn::column)
          .filter(c -> c.name().equals(name)).findFirst().orElseThrow(),
          parts.keySpellings().get(i)));
    }
    return HibernateColumnOrder.names(columns);
  }

  private static String freeName(QualifiedName table, String column, Set<String> taken) {
    String base = column == null ? table.name() + "_check"
        : PostgresNames.check(table.name(), column);
    String chosen = base;
    for (int i = 1; taken.contains(chosen); i++) {
      chosen = PostgresNames.fit(base + i);
    }
    return chosen;
  }
}
