package dev.driftless.processor.mapping;

import dev.driftless.schema.Column;
import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.Index;
import dev.driftless.schema.Table;
import dev.driftless.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * What reading one attribute adds to its entity's table, and to the rest of the model: each
 * attribute reader returns one, and {@link TableAssembler} alone turns them into a table. Keeping
 * readers free of a shared builder means the order and naming of what they produce is decided in
 * one place.
 *
 * @param columns the table's new columns, each with the element it comes from
 * @param keyColumns the names of columns that are part of the primary key
 * @param keySpellings the same names as Hibernate spells them, which orders a composite key
 * @param foreignKeys foreign keys of the table
 * @param uniques unique constraints of the table
 * @param checks checks of the table, named by the assembler when they have no name
 * @param indexes indexes of the table
 * @param naturalId the names of {@code @NaturalId} columns
 * @param ownedTables join and collection tables the attributes own, with where they come from
 * @param foreignColumns columns the attributes put into other entities' tables
 * @param required nullable columns of attributes Hibernate holds not optional (a primitive with
 *     {@code @Column}, any primitive of a single-table subclass): what Hibernate 7's per-subclass
 *     check of a {@code SINGLE_TABLE} hierarchy requires
 * @param keyOrdered whether {@code keyColumns} are already in Hibernate's order, as a key derived
 *     whole from a parent's is (in the parent's order), so the assembler keeps it
 */
record Contribution(List<SourcedColumn> columns, List<String> keyColumns,
    List<String> keySpellings, List<ForeignKey> foreignKeys, List<UniqueConstraint> uniques, List<CheckSpec> checks,
    List<Index> indexes, List<String> naturalId, List<OwnedTable> ownedTables,
    List<ForeignColumn> foreignColumns, List<String> required, boolean keyOrdered) {

  static final Contribution NONE = new Builder().build();

  Contribution {
    columns = List.copyOf(columns);
    keyColumns = List.copyOf(keyColumns);
    keySpellings = List.copyOf(keySpellings);
    foreignKeys = List.copyOf(foreignKeys);
    uniques = List.copyOf(uniques);
    checks = List.copyOf(checks);
    indexes = List.copyOf(indexes);
    naturalId = List.copyOf(naturalId);
    ownedTables = List.copyOf(ownedTables);
    foreignColumns = List.copyOf(foreignColumns);
    required = List.copyOf(required);
  }

  static Builder builder() {
    return new Builder();
  }

  /** A column with the element (field, getter or entity) it comes from. */
  record SourcedColumn(Column column, Element origin) {}

  /**
   * A check; an empty {@code name} is filled in as PostgreSQL would name it, after
   * {@code column} (or the table when {@code column} is null).
   */
  record CheckSpec(String name, String expression, String column) {
    static CheckSpec unnamed(String expression, String column) {
      return new CheckSpec("", expression, column);
    }
  }

  /**
   * A column one entity puts into another entity's table: the key of a unidirectional
   * {@code @OneToMany} with {@code @JoinColumn}, with its foreign key, or its list index with a
   * check.
   *
   * @param origin the attribute that puts it there
   */
  record ForeignColumn(dev.driftless.schema.QualifiedName table, Column column,
      ForeignKey foreignKey, dev.driftless.schema.CheckConstraint check, Element origin) {}

  /**
   * A collection or join table an attribute owns.
   *
   * @param table the table
   * @param logicalName the name Hibernate knows the table by before the naming strategy, as it
   *     compares names (lower case unless quoted): two mappings of one logical name share a table
   * @param origin the attribute
   * @param key how the collection keys its table, which decides what Hibernate does with the key
   *     of a table another mapping shares
   */
  record OwnedTable(Table table, String logicalName, Element origin, SharedTables.Key key) {}

  /** Collects one contribution; readers use it and return {@link #build()}. */
  static final class Builder {
    private final List<SourcedColumn> columns = new ArrayList<>();
    private final List<String> keyColumns = new ArrayList<>();
    private final List<String> keySpellings = new ArrayList<>();
    private boolean keyOrdered;
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<UniqueConstraint> uniques = new ArrayList<>();
    private final List<CheckSpec> checks = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private final List<String> naturalId = new ArrayList<>();
    private final List<OwnedTable> ownedTables = new ArrayList<>();
    private final List<ForeignColumn> foreignColumns = new ArrayList<>();
    private final List<String> required = new ArrayList<>();

    Builder column(Column column, Element origin) {
      columns.add(new SourcedColumn(column, origin));
      return this;
    }

    /** Makes {@code column}, which Hibernate spells {@code spelling}, part of the key. */
    /** Keeps the key columns in the order they are added (see {@link Contribution#keyOrdered}). */
    Builder keyOrdered() {
      keyOrdered = true;
      return this;
    }

    Builder key(String column, String spelling) {
      keyColumns.add(column);
      keySpellings.add(spelling);
      return this;
    }

    Builder foreignKey(ForeignKey foreignKey) {
      foreignKeys.add(foreignKey);
      return this;
    }

    Builder unique(UniqueConstraint unique) {
      uniques.add(unique);
      return this;
    }

    Builder check(CheckSpec check) {
      checks.add(check);
      return this;
    }

    Builder index(Index index) {
      indexes.add(index);
      return this;
    }

    Builder naturalId(String column) {
      naturalId.add(column);
      return this;
    }

    Builder ownedTable(OwnedTable table) {
      ownedTables.add(table);
      return this;
    }

    Builder foreignColumn(ForeignColumn column) {
      foreignColumns.add(column);
      return this;
    }

    Builder required(String column) {
      required.add(column);
      return this;
    }

    /** Adds everything {@code other} contributes, after what is here. */
    Builder add(Contribution other) {
      columns.addAll(other.columns);
      keyColumns.addAll(other.keyColumns);
      keySpellings.addAll(other.keySpellings);
      foreignKeys.addAll(other.foreignKeys);
      uniques.addAll(other.uniques);
      checks.addAll(other.checks);
      indexes.addAll(other.indexes);
      naturalId.addAll(other.naturalId);
      ownedTables.addAll(other.ownedTables);
      foreignColumns.addAll(other.foreignColumns);
      required.addAll(other.required);
      keyOrdered |= other.keyOrdered;
      return this;
    }

    Contribution build() {
      return new Contribution(columns, keyColumns, keySpellings, foreignKeys, uniques, checks, indexes,
          naturalId,
          ownedTables, foreignColumns, required, keyOrdered);
    }
  }
}
