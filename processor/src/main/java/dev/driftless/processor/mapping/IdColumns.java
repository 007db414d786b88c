package dev.driftless.processor.mapping;

import dev.driftless.processor.element.AnnotationValues;
import dev.driftless.processor.element.EntityFields;
import dev.driftless.processor.element.ErrorReporter;
import dev.driftless.processor.element.Jpa;
import dev.driftless.processor.mapping.naming.ImplicitNames;
import dev.driftless.processor.mapping.types.TypeMapper;
import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;

/**
 * The primary-key columns of an entity, as plain columns that a foreign key (or a joined
 * subclass's key) can point at: from {@code @Id}s, an {@code @EmbeddedId}, or the target of a
 * {@code @MapsId} association.
 */
final class IdColumns {
  private final AnnotationValues values;
  private final TypeMapper types;
  private final EntityFields fields;
  private final ErrorReporter reporter;
  private final ImplicitNames names;
  private final EntityHierarchy hierarchy;
  private final TableNames tables;

  IdColumns(AnnotationValues values, TypeMapper types, EntityFields fields,
      ErrorReporter reporter, ImplicitNames names, EntityHierarchy hierarchy, TableNames tables) {
    this.values = values;
    this.types = types;
    this.fields = fields;
    this.reporter = reporter;
    this.names = names;
    this.hierarchy = hierarchy;
    this.tables = tables;
  }

  /** The one id column of {@code entity}; an error on {@code referencing} if it has several. */
  Column single(TypeElement entity, Element referencing) {
    return singleSpelled(entity, referencing).column();
  }

  /** {@link #single}, with the name as Hibernate spells it. */
  SpelledColumn singleSpelled(TypeElement entity, Element referencing) {
    List<SpelledColumn> columns = spelled(entity, referencing);
    if (columns.size() != 1) {
      throw reporter.abort(referencing, "Driftless maps this reference only to entities with "
          + "one id column; " + entity.getSimpleName() + " has " + columns.size() + ".");
    }
    return columns.get(0);
  }

  /**
   * The id columns of {@code entity}, in Hibernate's key order. A joined subclass names them
   * after its parent's unless {@code @PrimaryKeyJoinColumn} renames them.
   */
  List<Column> of(TypeElement entity, Element referencing) {
    return spelled(entity, referencing).stream().map(SpelledColumn::column).toList();
  }

  /** {@link #of}, with the names as Hibernate spells them. */
  List<SpelledColumn> spelled(TypeElement entity, Element referencing) {
    List<VariableElement> all = fields.allFields(entity);
    Optional<VariableElement> embedded = all.stream()
        .filter(f -> AnnotationValues.has(f, Jpa.EMBEDDED_ID)).findFirst();
    if (embedded.isPresent()) {
      return embeddedId(embedded.get(), all, referencing);
    }
    Optional<VariableElement> mapsId = all.stream()
        .filter(f -> AnnotationValues.has(f, Jpa.MAPS_ID)).findFirst();
    if (mapsId.isPresent()) {
      TypeElement target = (TypeElement) ((DeclaredType) mapsId.get().asType()).asElement();
      String attribute = mapsId.get().getSimpleName().toString();
      return spelled(target, referencing).stream().map(c -> {
        boolean quoted = tables.quoted(target) || names.quotedColumn(c.column().name());
        return new SpelledColumn(Column.of(names.joinColumn(attribute, c.column().name(),
            quoted), c.column().type()).notNull(),
            names.spelling(attribute + "_" + c.spelling(), quoted));
      }).toList();
    }
    List<VariableElement> ids = all.stream()
        .filter(f -> AnnotationValues.has(f, Jpa.ID)).toList();
    if (ids.isEmpty()) {
      throw reporter.abort(referencing, entity.getSimpleName() + " has no @Id or @EmbeddedId.");
    }
    List<SpelledColumn> columns = new ArrayList<>();
    for (VariableElement id : ids) {
      ColumnType type = reporter.refusing(id, () -> types.columnType(id,
          AnnotationValues.find(id, Jpa.COLUMN), types.typeIn(entity, id)))
          .orElseThrow(() -> reporter.abort(referencing, "The @Id of " + entity.getSimpleName()
              + " has an unsupported type " + id.asType()));
      columns.add(column(idLogicalName(entity, id), type));
    }
    return columns.size() == 1 ? columns : HibernateColumnOrder.sort(columns);
  }

  /**
   * The columns of an {@code @EmbeddedId}: the embeddable's fields, NOT NULL, in key order. A
   * field that an association of the entity maps with {@code @MapsId("field")} (the parent's id
   * held in the child's, the specification's derived identities 2b and 3b) is that association's
   * join columns instead. An association with {@code @MapsId} and no value (derived identities 5b
   * and 6b: the embedded id is of the parent's id type) maps the whole id: its join columns, in
   * the order of the parent's key columns they refer to, are the key, and the embeddable's own
   * attributes have no column.
   */
  private List<SpelledColumn> embeddedId(VariableElement field, List<VariableElement> entityFields,
      Element referencing) {
    Optional<VariableElement> wholeId = wholeIdAssociation(entityFields);
    if (wholeId.isPresent()) {
      return mapsIdColumns(wholeId.get(), referencing); // in the parent's key order
    }
    TypeElement type = (TypeElement) ((DeclaredType) field.asType()).asElement();
    List<SpelledColumn> columns = new ArrayList<>();
    for (VariableElement part : fields.persistentFields(type)) {
      Optional<VariableElement> mappedBy = mapsIdInto(entityFields, part);
      if (mappedBy.isPresent()) {
        columns.addAll(mapsIdColumns(mappedBy.get(), referencing));
        continue;
      }
      ColumnType columnType = reporter.refusing(part, () -> types.columnType(part))
          .orElseThrow(() -> reporter.abort(part, "Driftless cannot map the type "
              + part.asType() + " of id part '" + part.getSimpleName() + "'."));
      columns.add(column(logicalName(part), columnType));
    }
    return HibernateColumnOrder.sort(columns);
  }

  /**
   * Whether {@code entity}'s {@code @EmbeddedId} is derived whole from a parent's key
   * ({@code @MapsId} without a value): its key columns are then in the parent's key order.
   */
  boolean derivedWhole(TypeElement entity) {
    return wholeIdAssociation(fields.allFields(entity)).isPresent();
  }

  private Optional<VariableElement> wholeIdAssociation(List<VariableElement> entityFields) {
    return entityFields.stream().filter(f -> AnnotationValues.find(f, Jpa.MAPS_ID)
        .map(m -> values.string(m, "value")).filter(String::isEmpty).isPresent()).findFirst();
  }

  /** The association among {@code entityFields} whose {@code @MapsId} names {@code part}. */
  private Optional<VariableElement> mapsIdInto(List<VariableElement> entityFields,
      VariableElement part) {
    return entityFields.stream().filter(f -> AnnotationValues.find(f, Jpa.MAPS_ID)
        .map(m -> values.string(m, "value")).filter(part.getSimpleName()::contentEquals)
        .isPresent()).findFirst();
  }

  /**
   * The NOT NULL join columns of {@code association} (named by its {@code @JoinColumn}s, else
   * {@code <attribute>_<referenced column>}), typed as the ids of its target.
   */
  List<SpelledColumn> mapsIdColumns(VariableElement association, Element referencing) {
    TypeElement target = (TypeElement) ((DeclaredType) association.asType()).asElement();
    List<SpelledColumn> targetIds = spelled(target, referencing);
    List<AnnotationMirror> joins = JoinColumns.of(association, values);
    JoinColumns joinColumns = new JoinColumns(values, names, reporter);
    String attribute = association.getSimpleName().toString();
    List<SpelledColumn> columns = new ArrayList<>();
    for (int i = 0; i < targetIds.size(); i++) {
      SpelledColumn targetId = targetIds.get(i);
      String explicit = joinColumns.nameFor(association, joins, targetId.column(), i);
      boolean quoted = tables.quoted(target) || names.quotedColumn(targetId.column().name());
      columns.add(explicit.isEmpty()
          ? new SpelledColumn(Column.of(names.joinColumn(attribute, targetId.column().name(),
              quoted), targetId.column().type()).notNull(),
              names.spelling(attribute + "_" + targetId.spelling(), quoted))
          : new SpelledColumn(Column.of(names.physical(explicit), targetId.column().type())
              .notNull(), names.spelling(explicit, false)));
    }
    return columns;
  }

  private SpelledColumn column(String logical, ColumnType type) {
    return new SpelledColumn(Column.of(names.physical(logical), type).notNull(),
        names.spelling(logical, false));
  }

  private String idLogicalName(TypeElement entity, VariableElement id) {
    if (hierarchy.isJoinedSubclass(entity)) {
      String explicit = AnnotationValues.find(entity, Jpa.PRIMARY_KEY_JOIN_COLUMN)
          .map(p -> values.string(p, "name")).orElse("");
      return explicit.isEmpty() ? idLogicalName(hierarchy.parent(entity), id) : explicit;
    }
    return logicalName(id);
  }

  /** The {@code @Column} name as written, else the field's name. */
  private String logicalName(VariableElement field) {
    String explicit = AnnotationValues.find(field, Jpa.COLUMN)
        .map(c -> values.string(c, "name")).orElse("");
    return explicit.isEmpty() ? field.getSimpleName().toString() : explicit;
  }
}
