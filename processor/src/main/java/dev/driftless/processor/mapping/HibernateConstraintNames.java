package dev.driftless.processor.mapping;

import dev.driftless.processor.mapping.naming.HashedKeyNames;
import dev.driftless.processor.mapping.naming.ImplicitNames;
import dev.driftless.processor.mapping.naming.PostgresChosenNames;
import dev.driftless.schema.CheckConstraint;
import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.Index;
import dev.driftless.schema.PostgresNames;
import dev.driftless.schema.PrimaryKey;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Table;
import dev.driftless.schema.UniqueConstraint;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the constraints and indexes the entities leave unnamed as they are named in a database
 * Hibernate's {@code ddl-auto} created ({@code -Adriftless.constraintNames=hibernate}), measured
 * against Hibernate 6.6 and 7.4 on PostgreSQL: foreign keys and indexes get Hibernate's hashed
 * names ({@link HashedKeyNames}); primary keys, unique constraints and checks, which Hibernate's
 * {@code create table} leaves unnamed, get the names PostgreSQL chooses
 * ({@link PostgresChosenNames}), which differ from ours only for long names and for a table-level
 * check on one column. A name an annotation gives is kept.
 */
final class HibernateConstraintNames {
  private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

  private final Spellings spellings;
  private final ImplicitNames names;

  HibernateConstraintNames(Spellings spellings, ImplicitNames names) {
    this.spellings = spellings;
    this.names = names;
  }

  Schema apply(Schema schema) {
    return schema.replaceTables(schema.tables().stream().map(this::rename).toList());
  }

  private Table rename(Table table) {
    String name = table.name().name();
    Table.Builder renamed = table.toBuilder().clearForeignKeys();
    PrimaryKey key = table.primaryKey();
    if (key != null && implicit(key.name(), PostgresNames.primaryKey(name))) {
      renamed.primaryKey(PostgresChosenNames.primaryKey(name),
          key.columns().toArray(String[]::new));
    }
    for (ForeignKey fk : table.foreignKeys()) {
      renamed.foreignKey(implicit(fk.name(), PostgresNames.foreignKey(name, fk.columns()))
          ? new ForeignKey(HashedKeyNames.foreignKey(rendered(table.name()),
              rendered(fk.target()), rendered(table.name(), fk.columns())), fk.columns(),
              fk.target(), fk.targetColumns(), fk.onDelete(), fk.onUpdate(), fk.deferrability())
          : fk);
    }
    for (UniqueConstraint unique : table.uniqueConstraints()) {
      if (implicit(unique.name(), PostgresNames.uniqueConstraint(name, unique.columns()))) {
        renamed.removeConstraint(unique.name()).unique(new UniqueConstraint(
            PostgresChosenNames.unique(name, unique.columns()), unique.columns()));
      }
    }
    for (CheckConstraint check : table.checkConstraints()) {
      String column = onlyColumn(table, check.expression());
      if (column != null && check.name().equals(name + "_check")
          && !spellings.isExplicit(check.name())) {
        renamed.removeConstraint(check.name()).check(
            PostgresChosenNames.check(name, column), check.expression());
      }
    }
    for (Index index : table.indexes()) {
      if (implicit(index.name(), PostgresNames.index(name, index.columns()))) {
        List<String> written = spellings.indexColumns(table.name(), index.columns())
            .orElseGet(() -> rendered(table.name(), index.columns().stream()
                .map(c -> c.split(" ")[0]).toList()));
        renamed.removeIndex(index.name()).index(new Index(
            HashedKeyNames.index(rendered(table.name()), written), index.columns(),
            index.unique(), index.method(), index.where()));
      }
    }
    return renamed.build();
  }

  /**
   * The one column of {@code table} a check's expression uses, after which PostgreSQL names it,
   * or null when it uses none or several (string literals aside).
   */
  private static String onlyColumn(Table table, String expression) {
    Set<String> used = new TreeSet<>();
    Matcher word = WORD.matcher(expression.replaceAll("'(?:[^']|'')*'", "''"));
    while (word.find()) {
      String candidate = word.group().toLowerCase(Locale.ROOT);
      if (table.column(candidate).isPresent()) {
        used.add(candidate);
      }
    }
    return used.size() == 1 ? used.iterator().next() : null;
  }

  private boolean implicit(String name, String postgresDefault) {
    return name.equals(postgresDefault) && !spellings.isExplicit(name);
  }

  private String rendered(QualifiedName table) {
    return spellings.table(table);
  }

  private List<String> rendered(QualifiedName table, List<String> columns) {
    return columns.stream().map(c -> rendered(spellings.column(table, c), c)).toList();
  }

  /** A column as Hibernate's {@code Identifier.render()} writes it: in back-quotes if quoted. */
  private String rendered(String spelling, String stored) {
    return names.quotedColumn(stored) ? "`" + spelling + "`" : spelling;
  }
}
