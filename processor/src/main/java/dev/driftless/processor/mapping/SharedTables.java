package dev.driftless.processor.mapping;

import dev.driftless.processor.element.ErrorReporter;
import dev.driftless.schema.CheckConstraint;
import dev.driftless.schema.Column;
import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.Index;
import dev.driftless.schema.PrimaryKey;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Table;
import dev.driftless.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Tables several mappings share, merged as Hibernate merges them: two entities of one table (a
 * read model and a write model), an entity on the table of another's element collection, a column
 * a one-to-many puts into a table that maps it too. Hibernate keeps one table per logical name and
 * binds into it in order, entities first (in the order Driftless reads them, by qualified name),
 * then collection and join tables: the first mapping of a column makes it, a later one of the same
 * name is dropped; constraints and indexes add up.
 *
 * <p>Only what cannot be merged is an error, on the later element, naming both: one column with
 * two types, two entities with different primary keys, an indexed collection whose key would
 * replace an entity's, or two tables that only PostgreSQL's 63-byte cut (or the naming strategy)
 * makes one. A column two mappings declare differently otherwise (nullability, default, identity)
 * is a warning: the first mapping's column is the one made.
 */
final class SharedTables {
  /** How a mapping keys its table, which decides what Hibernate does with a key already there. */
  enum Key {
    /** An entity's primary key. */
    ENTITY,
    /** A set's key: added only to a table with no primary key and no unique constraint. */
    SET,
    /** A map's or an ordered list's key: Hibernate sets it whatever the table had. */
    INDEXED,
    /** A bag: no key. */
    NONE
  }

  private final ErrorReporter reporter;
  private final Map<QualifiedName, Table> tables = new LinkedHashMap<>();
  private final Map<QualifiedName, String> logicalNames = new LinkedHashMap<>();
  private final Map<QualifiedName, Element> tableOrigins = new LinkedHashMap<>();
  private final Map<QualifiedName, Map<String, Element>> columnOrigins = new LinkedHashMap<>();

  SharedTables(ErrorReporter reporter) {
    this.reporter = reporter;
  }

  /**
   * Adds the table one mapping makes, merged into the one another mapping of its logical name
   * made. Returns false, having reported the error, when the two conflict.
   *
   * @param columns the element each column comes from
   */
  boolean add(Table table, String logicalName, Element origin, Map<String, Element> columns,
      Key key) {
    QualifiedName name = table.name();
    Table existing = tables.get(name);
    if (existing == null) {
      tables.put(name, table);
      logicalNames.put(name, logicalName);
      tableOrigins.put(name, origin);
      Map<String, Element> origins = new LinkedHashMap<>();
      table.columns().forEach(c -> origins.put(c.name(), columns.getOrDefault(c.name(), origin)));
      columnOrigins.put(name, origins);
      return true;
    }
    Element first = tableOrigins.get(name);
    if (!logicalNames.get(name).equals(logicalName)) {
      reporter.error(origin, describe(origin) + " and " + describe(first) + " both map to table "
          + name + ", under different names (" + logicalNames.get(name) + " and " + logicalName
          + ") that PostgreSQL's 63-byte cut or the naming strategy makes one: Hibernate keeps "
          + "them as two tables and cannot create the second. Give one of them its own @Table, "
          + "@JoinTable or @CollectionTable name, or both the same one.");
      return false;
    }
    Map<String, Element> origins = columnOrigins.get(name);
    Table.Builder merged = existing.toBuilder();
    boolean conflict = false;
    for (Column column : table.columns()) {
      Element from = columns.getOrDefault(column.name(), origin);
      Column old = existing.column(column.name()).orElse(null);
      if (old == null) {
        merged.column(column);
        origins.put(column.name(), from);
      } else if (!old.type().equals(column.type())) {
        reporter.error(from, "Column " + column.name() + " of table " + name + " is mapped "
            + "twice with different types: " + old.type() + " by " + describe(origins.get(
                old.name())) + ", " + column.type() + " by " + describe(from) + ". Hibernate "
            + "makes the column as the first mapping declares it, and the other's values would "
            + "not fit. Give both the same type, or one of them another column.");
        conflict = true;
      } else if (!sameDeclaration(old, column)) {
        reporter.warning(from, "Column " + column.name() + " of table " + name + " is mapped by "
            + describe(origins.get(old.name())) + " and by " + describe(from) + ", which "
            + "declare it differently (" + old + " and " + column + "). Hibernate makes the column "
            + "as the mapping it binds first declares it, which Driftless takes to be "
            + describe(origins.get(old.name())) + " (entities by qualified name, then collection "
            + "and join tables). Make the two agree to be sure.");
      }
    }
    conflict |= !mergeKey(merged, existing, table, key, origin, first);
    if (conflict) {
      return false;
    }
    mergeConstraints(merged, existing, table, key);
    tables.put(name, withKeyNotNull(merged.build()));
    return true;
  }

  /** The key the merged table gets, per {@link Key}; false, reported, when the keys conflict. */
  private boolean mergeKey(Table.Builder merged, Table existing, Table table, Key key,
      Element origin, Element first) {
    PrimaryKey mine = table.primaryKey();
    PrimaryKey theirs = existing.primaryKey();
    if (mine == null || key == Key.NONE) {
      return true;
    }
    if (theirs == null) {
      if (key != Key.SET || existing.uniqueConstraints().isEmpty()) {
        merged.primaryKey(mine);
      }
      return true;
    }
    if (theirs.columns().equals(mine.columns()) || key == Key.SET) {
      return true; // the same key, or a set's, which Hibernate adds only to an unkeyed table
    }
    reporter.error(origin, describe(origin) + " and " + describe(first) + " share table "
        + existing.name() + " but key it differently: " + theirs.columns() + " and "
        + mine.columns() + (key == Key.INDEXED ? " (Hibernate would replace the first key with "
            + "the collection's)" : "") + ". Map the same primary key in both, or give one its "
        + "own table.");
    return false;
  }

  /** Unique constraints, checks, foreign keys and indexes: those of both, each once. */
  private static void mergeConstraints(Table.Builder merged, Table existing, Table table,
      Key key) {
    boolean setKeyIsUnique = key == Key.SET && table.primaryKey() == null;
    boolean setKeyKept = existing.primaryKey() == null && existing.uniqueConstraints().isEmpty();
    Set<List<String>> uniqueColumns = existing.uniqueConstraints().stream()
        .map(UniqueConstraint::columns).collect(Collectors.toSet());
    Set<String> uniqueNames = existing.uniqueConstraints().stream().map(UniqueConstraint::name)
        .collect(Collectors.toSet());
    if (!setKeyIsUnique || setKeyKept) {
      for (UniqueConstraint unique : table.uniqueConstraints()) {
        if (uniqueColumns.add(unique.columns()) && uniqueNames.add(unique.name())) {
          merged.unique(unique);
        }
      }
    }
    for (CheckConstraint check : table.checkConstraints()) {
      if (existing.checkConstraints().stream().noneMatch(c -> c.name().equals(check.name())
          || c.expression().equals(check.expression()))) {
        merged.check(check);
      }
    }
    for (ForeignKey foreignKey : table.foreignKeys()) {
      if (existing.foreignKeys().stream().noneMatch(f -> f.name().equals(foreignKey.name())
          || (f.columns().equals(foreignKey.columns()) && f.target().equals(foreignKey.target())
              && f.targetColumns().equals(foreignKey.targetColumns())))) {
        merged.foreignKey(foreignKey);
      }
    }
    for (Index index : table.indexes()) {
      if (existing.indexes().stream().noneMatch(i -> i.name().equals(index.name()))) {
        merged.index(index);
      }
    }
    if (existing.comment() == null && table.comment() != null) {
      merged.comment(table.comment());
    }
  }

  /** Key columns are NOT NULL, as PostgreSQL makes them whatever the column said. */
  private static Table withKeyNotNull(Table table) {
    if (table.primaryKey() == null) {
      return table;
    }
    List<String> key = table.primaryKey().columns();
    return table.toBuilder().mapColumns(c -> key.contains(c.name()) ? c.nullable(false) : c)
        .build();
  }

  /** Whether two columns of one name and type are declared alike. */
  private static boolean sameDeclaration(Column a, Column b) {
    return a.nullable() == b.nullable() && a.identity() == b.identity()
        && Objects.equals(a.defaultExpression(), b.defaultExpression());
  }

  private static String describe(Element element) {
    if (element == null) {
      return "another mapping";
    }
    if (element instanceof TypeElement type) {
      return type.getSimpleName().toString();
    }
    return element.getEnclosingElement().getSimpleName() + "." + element.getSimpleName();
  }

  /**
   * Adds a column an association puts into another entity's table (a unidirectional one-to-many's
   * key or list index), with its foreign key and check. Hibernate binds it after the entities, so
   * a column the table already maps is kept as it is; only another type is an error.
   */
  void addForeignColumn(Contribution.ForeignColumn foreign) {
    Table table = tables.get(foreign.table());
    if (table == null) {
      return; // the target's table failed to read, and was reported
    }
    Column column = foreign.column();
    Column old = table.column(column.name()).orElse(null);
    Map<String, Element> origins = columnOrigins.get(table.name());
    Table.Builder merged = table.toBuilder();
    if (old == null) {
      merged.column(column);
      origins.put(column.name(), foreign.origin());
    } else if (!old.type().equals(column.type())) {
      reporter.error(foreign.origin(), "Column " + column.name() + " of table " + table.name()
          + " is mapped twice with different types: " + old.type() + " by "
          + describe(origins.get(column.name())) + ", " + column.type() + " by "
          + describe(foreign.origin()) + ". Give both the same type, or one of them another "
          + "column.");
      return;
    }
    Table added = Table.builder(table.name()).column(column).build();
    Table.Builder constraints = added.toBuilder();
    if (foreign.foreignKey() != null) {
      constraints.foreignKey(foreign.foreignKey());
    }
    if (foreign.check() != null) {
      constraints.check(foreign.check());
    }
    mergeConstraints(merged, table, constraints.build(), Key.NONE);
    tables.put(table.name(), merged.build());
  }

  /** Whether a table of this name is mapped. */
  boolean has(QualifiedName name) {
    return tables.containsKey(name);
  }

  /** The element whose mapping made table {@code name} first. */
  Element origin(QualifiedName name) {
    return tableOrigins.get(name);
  }

  /** The merged tables, in the order they were first mapped. */
  List<Table> tables() {
    return new ArrayList<>(tables.values());
  }

  /** The element each column of each table comes from (the first mapping's). */
  Map<QualifiedName, Map<String, Element>> columnOrigins() {
    return columnOrigins;
  }
}
