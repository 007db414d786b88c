package dev.driftless.processor.mapping;

import dev.driftless.processor.element.AnnotationValues;
import dev.driftless.processor.element.Jpa;
import dev.driftless.schema.Column;
import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.PostgresNames;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Table;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The key of a map keyed by an entity ({@code Map<Category, V>}, in a join table or a collection
 * table), as Hibernate makes it: a NOT NULL join column of the key entity's id type, named
 * {@code <field>_KEY} unless {@code @MapKeyJoinColumn} names it, with a foreign key to the key
 * entity (named by {@code @MapKeyJoinColumn(foreignKey)} if given).
 */
final class EntityMapKey {
  private final MappingContext context;
  private final AnnotationValues values;

  EntityMapKey(MappingContext context) {
    this.context = context;
    this.values = context.values();
  }

  /** Adds the key column of {@code field}, keyed by {@code key}, to {@code table}. */
  SpelledColumn add(VariableElement field, TypeElement key, Table.Builder table,
      QualifiedName tableName) {
    if (!context.known().contains(key)) {
      throw context.reporter().abort(field, "'" + field.getSimpleName() + "' is keyed by the "
          + "entity " + key.getQualifiedName() + ", which is outside -Adriftless.packages. Add "
          + "its package to that option.");
    }
    Optional<AnnotationMirror> joinColumn =
        AnnotationValues.find(field, Jpa.MAP_KEY_JOIN_COLUMN);
    joinColumn.ifPresent(j -> refuseUnmapped(field, j));
    String attribute = field.getSimpleName().toString();
    String explicit = joinColumn.map(j -> values.string(j, "name")).orElse("");
    SpelledColumn keyId = context.ids().singleSpelled(key, field);
    String name = explicit.isEmpty() ? context.names().mapKeyColumn(attribute)
        : context.names().physical(explicit);
    Column column = Column.of(name, keyId.column().type()).notNull();
    SpelledColumn spelled = new SpelledColumn(column, context.names().spelling(
        explicit.isEmpty() ? attribute + "_KEY" : explicit, false));
    table.column(column);
    context.spellings().column(tableName, spelled);
    Optional<AnnotationMirror> foreignKey = joinColumn.map(j -> values.annotation(j, "foreignKey"));
    boolean constrained = foreignKey.map(f -> values.enumConstant(f, "value"))
        .filter("NO_CONSTRAINT"::equals).isEmpty();
    if (constrained) {
      String fkName = foreignKey.map(f -> values.string(f, "name")).filter(n -> !n.isEmpty())
          .map(context.names()::foreignKeyName).map(context.spellings()::explicitName)
          .orElse(PostgresNames.foreignKey(tableName.name(), List.of(name)));
      table.foreignKey(new ForeignKey(fkName, List.of(name), context.tables().of(key),
          List.of(keyId.column().name())));
    }
    return spelled;
  }

  /** What {@code @MapKeyJoinColumn} can say that this key does not mirror: an error. */
  private void refuseUnmapped(VariableElement field, AnnotationMirror joinColumn) {
    for (String member : List.of("referencedColumnName", "columnDefinition", "table")) {
      if (!values.string(joinColumn, member).isEmpty()) {
        throw context.reporter().abort(field, "@MapKeyJoinColumn(" + member + ") is not "
            + "supported by Driftless yet; key the map by the key entity's id (leave "
            + member + " out), or write the table in a hand-written revision.");
      }
    }
  }
}
