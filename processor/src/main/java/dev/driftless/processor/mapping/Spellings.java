package dev.driftless.processor.mapping;

import dev.driftless.schema.QualifiedName;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names of tables and columns as Hibernate spells them before PostgreSQL folds them
 * ({@code Customer}, {@code customers_CUST_ID}), in back-quotes where Hibernate quotes them, and
 * the constraint names the entities give explicitly. The readers note them as they map; Hibernate's
 * hashed constraint names ({@link HibernateConstraintNames}) are computed from them. A name noted
 * nowhere is spelled as PostgreSQL stores it, which is right for every unquoted name under snake
 * case naming.
 */
final class Spellings {
  private final Map<QualifiedName, String> tables = new HashMap<>();
  private final Map<QualifiedName, Map<String, String>> columns = new HashMap<>();
  private final Map<QualifiedName, Map<List<String>, List<String>>> indexColumns =
      new HashMap<>();
  private final Set<String> explicit = new HashSet<>();

  /** A table's name as Hibernate spells it; {@code quoted} if Hibernate quotes it. */
  void table(QualifiedName table, String spelling, boolean quoted) {
    tables.putIfAbsent(table, quoted ? "`" + spelling + "`" : spelling);
  }

  /** The columns of an {@code @Index} as its {@code columnList} writes them. */
  void indexColumns(QualifiedName table, List<String> columns, List<String> written) {
    indexColumns.computeIfAbsent(table, t -> new HashMap<>()).putIfAbsent(columns, written);
  }

  Optional<List<String>> indexColumns(QualifiedName table, List<String> columns) {
    return Optional.ofNullable(indexColumns.getOrDefault(table, Map.of()).get(columns));
  }

  void column(QualifiedName table, String column, String spelling) {
    columns.computeIfAbsent(table, t -> new HashMap<>()).putIfAbsent(column, spelling);
  }

  void column(QualifiedName table, SpelledColumn column) {
    column(table, column.column().name(), column.spelling());
  }

  /** A foreign key, unique constraint or index name an annotation gives; returns it. */
  String explicitName(String name) {
    explicit.add(name);
    return name;
  }

  /** The table as Hibernate renders it: in back-quotes if quoted. */
  String table(QualifiedName table) {
    return tables.getOrDefault(table, table.name());
  }

  String column(QualifiedName table, String column) {
    return columns.getOrDefault(table, Map.of()).getOrDefault(column, column);
  }

  boolean isExplicit(String name) {
    return explicit.contains(name);
  }
}
