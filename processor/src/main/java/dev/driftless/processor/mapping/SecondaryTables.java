package dev.driftless.processor.mapping;

import dev.driftless.processor.element.AnnotationValues;
import dev.driftless.processor.element.Jpa;
import dev.driftless.processor.mapping.Contribution.CheckSpec;
import dev.driftless.processor.mapping.Contribution.SourcedColumn;
import dev.driftless.schema.Column;
import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.PostgresNames;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Table;
import dev.driftless.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * An entity's {@code @SecondaryTable}s, as Hibernate maps them: each is keyed by the entity's
 * primary key (its columns named by {@code pkJoinColumns}, else as the primary key's), which is
 * also a foreign key to the primary table, and holds the columns whose {@code @Column} or
 * {@code @JoinColumn} names it in {@code table}, with their unique constraints, foreign keys and
 * checks.
 */
final class SecondaryTables {
  private final MappingContext context;

  SecondaryTables(MappingContext context) {
    this.context = context;
  }

  /** The primary table's part of {@code all}, and the secondary tables it owns. */
  record Split(Contribution primary, List<Contribution.OwnedTable> secondary) {}

  /** Moves the columns of {@code entity}'s secondary tables out of {@code all}. */
  Split split(TypeElement entity, QualifiedName primary, Contribution all) {
    AnnotationValues values = context.values();
    List<AnnotationMirror> declared =
        values.repeated(entity, Jpa.SECONDARY_TABLE, Jpa.SECONDARY_TABLES);
    Map<String, AnnotationMirror> byName = new LinkedHashMap<>();
    for (AnnotationMirror secondary : declared) {
      refuseUnsupportedMembers(entity, secondary);
      byName.put(context.names().physical(values.string(secondary, "name")), secondary);
    }
    Map<String, List<SourcedColumn>> moved = new LinkedHashMap<>();
    List<SourcedColumn> kept = new ArrayList<>();
    for (SourcedColumn column : all.columns()) {
      String named = tableOf(column.origin());
      String physical = named.isEmpty() ? "" : context.names().physical(named);
      if (physical.isEmpty() || physical.equals(primary.name())) {
        kept.add(column);
      } else if (byName.containsKey(physical)) {
        moved.computeIfAbsent(physical, t -> new ArrayList<>()).add(column);
      } else {
        throw context.reporter().abort(column.origin(), "'" + named + "' is neither the table of "
            + entity.getSimpleName() + " (" + primary.name() + ") nor one of its "
            + "@SecondaryTable" + (byName.isEmpty() ? "s: it declares none" : "s " + byName.keySet())
            + ". Declare @SecondaryTable(name = \"" + named + "\") on the entity, or name an "
            + "existing table.");
      }
    }
    if (declared.isEmpty()) {
      return new Split(all, List.of());
    }
    refuseOverridesIntoSecondaryTables(entity);
    if (context.hierarchy().strategy(entity).equals(EntityHierarchy.SINGLE_TABLE)
        && !context.hierarchy().descendants(entity).isEmpty()) {
      throw context.reporter().abort(entity, "@SecondaryTable on the root of a SINGLE_TABLE "
          + "hierarchy is not supported by Driftless yet. Map the columns on the primary table, "
          + "or create the secondary table in a hand-written revision.");
    }
    Set<String> movedNames = new HashSet<>();
    moved.values().forEach(list -> list.forEach(c -> movedNames.add(c.column().name())));
    Contribution.Builder primaryParts = Contribution.builder();
    kept.forEach(c -> primaryParts.column(c.column(), c.origin()));
    for (int i = 0; i < all.keyColumns().size(); i++) {
      primaryParts.key(all.keyColumns().get(i), all.keySpellings().get(i));
    }
    all.foreignKeys().stream().filter(fk -> !movedNames.containsAll(fk.columns()))
        .forEach(primaryParts::foreignKey);
    all.uniques().stream().filter(u -> !movedNames.containsAll(u.columns()))
        .forEach(primaryParts::unique);
    all.checks().stream().filter(c -> c.column() == null || !movedNames.contains(c.column()))
        .forEach(primaryParts::check);
    all.indexes().forEach(primaryParts::index);
    all.naturalId().forEach(primaryParts::naturalId);
    all.ownedTables().forEach(primaryParts::ownedTable);
    all.foreignColumns().forEach(primaryParts::foreignColumn);
    all.required().stream().filter(c -> !movedNames.contains(c)).forEach(primaryParts::required);

    List<Contribution.OwnedTable> owned = new ArrayList<>();
    for (Map.Entry<String, AnnotationMirror> entry : byName.entrySet()) {
      owned.add(secondary(entity, primary, all, entry.getValue(),
          moved.getOrDefault(entry.getKey(), List.of())));
    }
    return new Split(primaryParts.build(), owned);
  }

  private Contribution.OwnedTable secondary(TypeElement entity, QualifiedName primary,
      Contribution all, AnnotationMirror declaration, List<SourcedColumn> columns) {
    AnnotationValues values = context.values();
    String written = values.string(declaration, "name");
    String schema = values.string(declaration, "schema");
    QualifiedName name = QualifiedName.of(schema.isEmpty() ? QualifiedName.DEFAULT_SCHEMA
        : context.names().physical(schema), context.names().physical(written));
    boolean quoted = context.names().quotes(written);
    context.spellings().table(name, context.names().uncutSpelling(written, false), quoted);
    Contribution.Builder parts = Contribution.builder();
    List<AnnotationMirror> pkJoins = values.annotations(declaration, "pkJoinColumns");
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < all.keyColumns().size(); i++) {
      String referenced = all.keyColumns().get(i);
      Column primaryKey = all.columns().stream().map(SourcedColumn::column)
          .filter(c -> c.name().equals(referenced)).findFirst().orElseThrow();
      Optional<AnnotationMirror> join = pkJoin(pkJoins, referenced, i);
      String explicit = join.map(j -> values.string(j, "name")).orElse("");
      String key = explicit.isEmpty() ? referenced : context.names().physical(explicit);
      String spelling = explicit.isEmpty() ? all.keySpellings().get(i)
          : context.names().spelling(explicit, false);
      context.spellings().column(name, key, explicit.isEmpty()
          ? context.spellings().column(primary, referenced)
          : context.names().uncutSpelling(explicit, false));
      parts.column(Column.of(key, primaryKey.type()).notNull(), entity).key(key, spelling);
      keys.add(key);
    }
    Set<String> names = new HashSet<>();
    for (SourcedColumn column : columns) {
      parts.column(column.column(), column.origin());
      names.add(column.column().name());
      context.spellings().column(name, column.column().name(),
          context.spellings().column(primary, column.column().name()));
    }
    for (ForeignKey fk : all.foreignKeys()) {
      if (names.containsAll(fk.columns())) {
        parts.foreignKey(fk.name().equals(PostgresNames.foreignKey(primary.name(), fk.columns()))
            ? new ForeignKey(PostgresNames.foreignKey(name.name(), fk.columns()), fk.columns(),
                fk.target(), fk.targetColumns(), fk.onDelete(), fk.onUpdate(),
                fk.deferrability())
            : fk);
      }
    }
    for (UniqueConstraint unique : all.uniques()) {
      if (names.containsAll(unique.columns())) {
        parts.unique(unique.name().equals(
            PostgresNames.uniqueConstraint(primary.name(), unique.columns()))
            ? new UniqueConstraint(PostgresNames.uniqueConstraint(name.name(), unique.columns()),
                unique.columns())
            : unique);
      }
    }
    for (CheckSpec check : all.checks()) {
      if (check.column() != null && names.contains(check.column())) {
        parts.check(check);
      }
    }
    Optional<AnnotationMirror> foreignKey = Optional.of(values.annotation(declaration,
        "foreignKey"));
    boolean constrained = foreignKey.map(f -> values.enumConstant(f, "value"))
        .filter("NO_CONSTRAINT"::equals).isEmpty();
    if (constrained) {
      String fkName = foreignKey.map(f -> values.string(f, "name")).filter(n -> !n.isEmpty())
          .map(context.names()::foreignKeyName).map(context.spellings()::explicitName)
          .orElse(PostgresNames.foreignKey(name.name(), keys));
      parts.foreignKey(new ForeignKey(fkName, keys, primary, all.keyColumns()));
    }
    Table table = TableAssembler.assemble(name, parts.build(), Optional.empty());
    return new Contribution.OwnedTable(table,
        name.schema() + "." + context.names().logicalKey(written, false), entity,
        SharedTables.Key.ENTITY);
  }

  /** The {@code @PrimaryKeyJoinColumn} for the key column {@code referenced}, the i-th. */
  private Optional<AnnotationMirror> pkJoin(List<AnnotationMirror> joins, String referenced,
      int i) {
    for (AnnotationMirror join : joins) {
      String target = context.values().string(join, "referencedColumnName");
      if (!target.isEmpty() && context.names().physical(target).equals(referenced)) {
        return Optional.of(join);
      }
    }
    return i < joins.size() && context.values().string(joins.get(i), "referencedColumnName")
        .isEmpty() ? Optional.of(joins.get(i)) : Optional.empty();
  }

  /** The table an attribute's {@code @Column} or {@code @JoinColumn(s)} names; "" if none. */
  private String tableOf(Element origin) {
    if (!(origin instanceof VariableElement field)) {
      return "";
    }
    AnnotationValues values = context.values();
    Optional<AnnotationMirror> column = AnnotationValues.find(field, Jpa.COLUMN);
    if (column.isPresent()) {
      return values.string(column.get(), "table").strip();
    }
    for (AnnotationMirror join : JoinColumns.of(field, values)) {
      String table = values.string(join, "table").strip();
      if (!table.isEmpty()) {
        return table;
      }
    }
    return "";
  }

  /**
   * An {@code @AttributeOverride} that moves an embedded column into a secondary table: not
   * mirrored yet, so an error rather than a column left on the primary table.
   */
  private void refuseOverridesIntoSecondaryTables(TypeElement entity) {
    AnnotationValues values = context.values();
    for (VariableElement field : context.fields().persistentFields(entity)) {
      for (AnnotationMirror override : values.repeated(field, Jpa.ATTRIBUTE_OVERRIDE,
          Jpa.ATTRIBUTE_OVERRIDES)) {
        if (!values.string(values.annotation(override, "column"), "table").isEmpty()) {
          throw context.reporter().abort(field, "@AttributeOverride(column = @Column(table = "
              + "...)) is not supported by Driftless yet: put @Column(table = ...) on the "
              + "embeddable's fields, or map the embedded value on the primary table.");
        }
      }
    }
  }

  private void refuseUnsupportedMembers(TypeElement entity, AnnotationMirror secondary) {
    AnnotationValues values = context.values();
    for (String member : List.of("uniqueConstraints", "indexes", "check")) {
      if (!values.annotations(secondary, member).isEmpty()) {
        throw context.reporter().abort(entity, "@SecondaryTable(" + member + " = ...) is not "
            + "supported by Driftless yet: declare the constraint or index in a hand-written "
            + "revision.");
      }
    }
    for (String member : List.of("comment", "options", "catalog")) {
      if (!values.string(secondary, member).isEmpty()) {
        throw context.reporter().abort(entity, "@SecondaryTable(" + member + " = ...) is not "
            + "supported by Driftless yet: remove it, or set it in a hand-written revision.");
      }
    }
  }
}
