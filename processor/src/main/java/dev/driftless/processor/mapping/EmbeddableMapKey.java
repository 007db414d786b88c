package dev.driftless.processor.mapping;

import dev.driftless.processor.element.AnnotationValues;
import dev.driftless.processor.element.Jpa;
import dev.driftless.processor.mapping.types.TypeMapper;
import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.PostgresNames;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;

/**
 * The key of a map keyed by an embeddable ({@code Map<Slot, V>}, in a join table or a collection
 * table), as Hibernate makes it: one NOT NULL column per attribute of the embeddable (a nested
 * embeddable's among them), named by the attribute's {@code @Column} or after the attribute, or
 * by an {@code @AttributeOverride(name = "key.<attribute>")} on the map; all of them in the
 * primary key with the owner's column.
 */
final class EmbeddableMapKey {
  private static final String KEY = "key.";

  private final MappingContext context;
  private final AnnotationValues values;

  EmbeddableMapKey(MappingContext context) {
    this.context = context;
    this.values = context.values();
  }

  /** Adds the key columns of {@code field}, keyed by {@code key}, to {@code table}. */
  List<SpelledColumn> add(VariableElement field, TypeElement key, Table.Builder table,
      QualifiedName tableName) {
    Map<String, AnnotationMirror> overrides = AttributeOverrides.of(field, "", values);
    List<SpelledColumn> columns = new ArrayList<>();
    add(field, key, "", overrides, table, tableName, columns);
    return columns;
  }

  private void add(VariableElement field, TypeElement type, String path,
      Map<String, AnnotationMirror> overrides, Table.Builder table, QualifiedName tableName,
      List<SpelledColumn> columns) {
    for (VariableElement part : context.fields().persistentFields(type)) {
      String partPath = path + part.getSimpleName();
      if (part.asType().getKind() == TypeKind.DECLARED && AnnotationValues.has(
          ((DeclaredType) part.asType()).asElement(), Jpa.EMBEDDABLE)) {
        add(field, (TypeElement) ((DeclaredType) part.asType()).asElement(), partPath + ".",
            overrides, table, tableName, columns);
        continue;
      }
      if (!AnnotationValues.find(part, Jpa.MANY_TO_ONE).isEmpty()
          || !AnnotationValues.find(part, Jpa.ONE_TO_ONE).isEmpty()) {
        throw context.reporter().abort(field, "The map key " + type.getQualifiedName()
            + " of '" + field.getSimpleName() + "' holds the association '"
            + part.getSimpleName() + "', which Driftless does not map in a map key yet; key "
            + "the map by the entity itself, or write its table in a hand-written revision.");
      }
      Optional<AnnotationMirror> column = Optional.ofNullable(overrides.get(KEY + partPath))
          .or(() -> AnnotationValues.find(part, Jpa.COLUMN));
      String explicit = column.map(c -> values.string(c, "name")).orElse("");
      String logical = explicit.isEmpty() ? part.getSimpleName().toString() : explicit;
      String name = context.names().physical(logical);
      ColumnType columnType = context.reporter().refusing(part,
          () -> context.types().columnType(part, column, part.asType())).orElseThrow(() ->
              context.reporter().abort(part, "Driftless cannot map the type " + part.asType()
                  + " of '" + part.getSimpleName() + "' in the map key of '"
                  + field.getSimpleName() + "'. Supported types: " + TypeMapper.SUPPORTED + "."));
      // In the primary key: NOT NULL whatever its @Column says, as PostgreSQL makes it.
      Column result = Column.of(name, columnType).notNull();
      table.column(result);
      EnumChecks.of(part, name, values).ifPresent(check ->
          table.check(PostgresNames.check(tableName.name(), name), check));
      SpelledColumn spelled = new SpelledColumn(result, context.names().spelling(logical, false));
      context.spellings().column(tableName, spelled);
      columns.add(spelled);
    }
  }
}
