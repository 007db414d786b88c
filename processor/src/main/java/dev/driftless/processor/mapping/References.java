package dev.driftless.processor.mapping;


import dev.driftless.processor.element.AnnotationValues;
import dev.driftless.processor.element.ErrorReporter;
import dev.driftless.processor.element.Jpa;
import dev.driftless.schema.Column;
import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.PostgresNames;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;

/**
 * The columns of associations that live in a table: a {@code @ManyToOne} or owning
 * {@code @OneToOne} in the entity's own table, and a unidirectional {@code @OneToMany} with
 * {@code @JoinColumn} in the target's table.
 */
final class References {
  private final MappingContext context;
  private final JoinColumns joinColumns;

  References(MappingContext context) {
    this.context = context;
    this.joinColumns = new JoinColumns(context.values(), context.names(), context.reporter());
  }

  /**
   * A {@code @ManyToOne} or owning {@code @OneToOne}: one column per id column of the target,
   * named {@code <field>_<target column>} unless {@code @JoinColumn}/{@code @JoinColumns} say
   * otherwise (or an {@code @AssociationOverride} on the embedding field, {@code overridden}), in
   * the target key's order, with a foreign key (unless {@code @ForeignKey(NO_CONSTRAINT)}). With
   * {@code @MapsId} the columns are this table's key.
   */
  Contribution toOne(EntityScope scope, VariableElement field, AnnotationMirror relation,
      boolean oneToOne, List<AnnotationMirror> overridden) {
    AnnotationValues values = context.values();
    ErrorReporter reporter = context.reporter();
    TypeElement target = target(field);
    if (oneToOne && AnnotationValues.has(field, Jpa.PRIMARY_KEY_JOIN_COLUMN)) {
      return Contribution.NONE; // shares this table's key: no column, and Hibernate adds none
    }
    boolean key = AnnotationValues.has(field, Jpa.ID) || AnnotationValues.has(field, Jpa.MAPS_ID);
    // @MapsId into an @EmbeddedId ("attr": one attribute of it; no value: all of it): the
    // embedded id already holds these columns (IdColumns.mapsIdColumns); the association adds
    // only its foreign key.
    boolean inEmbeddedId = AnnotationValues.has(field, Jpa.MAPS_ID)
        && context.fields().allFields(scope.entity()).stream()
            .anyMatch(f -> AnnotationValues.has(f, Jpa.EMBEDDED_ID));
    List<SpelledColumn> spelledIds = context.ids().spelled(target, field);
    List<Column> targetIds = spelledIds.stream().map(SpelledColumn::column).toList();
    List<AnnotationMirror> joins =
        overridden != null ? overridden : JoinColumns.of(field, values);
    boolean optional = values.bool(relation, "optional");
    // optional = false makes the join columns NOT NULL (ToOneBinder), except that 7 lets a
    // single-table subclass's columns be null (FORCED_NULL) and checks them per subclass.
    boolean forcedNull = scope.inSubclass() && context.line().singleTableSubclassColumnsNullable();
    boolean nullable = !key && (optional || forcedNull)
        && joins.stream().allMatch(j -> values.bool(j, "nullable"));
    Contribution.Builder result = Contribution.builder();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < targetIds.size(); i++) {
      Column targetId = targetIds.get(i);
      String explicit = joinColumns.nameFor(field, joins, targetId, i);
      boolean quoted =
          context.tables().quoted(target) || context.names().quotedColumn(targetId.name());
      String name = explicit.isEmpty()
          ? context.names().joinColumn(field.getSimpleName().toString(), targetId.name(), quoted)
          : context.names().physical(explicit);
      String spelling = explicit.isEmpty() ? context.names().spelling(
          field.getSimpleName() + "_" + spelledIds.get(i).spelling(), quoted)
          : context.names().spelling(explicit, false);
      names.add(name);
      context.spellings().column(scope.table(), name, explicit.isEmpty()
          ? context.names().uncutSpelling(
              field.getSimpleName() + "_" + spelledIds.get(i).spelling(), quoted)
          : context.names().uncutSpelling(explicit, false));
      if (inEmbeddedId) {
        continue;
      }
      ColumnFacets.Faceted faceted = reporter.refusing(field, () -> scope.facets()
          .apply(field, Optional.empty(), Column.of(name, targetId.type()).nullable(nullable)));
      result.add(faceted.constraints()).column(faceted.column(), field);
      if (!optional && !key && faceted.column().nullable()) {
        result.required(name); // listed by the single-table subclass check (7)
      }
      if (key) {
        result.key(name, spelling);
      }
    }
    Optional<AnnotationMirror> foreignKey = joins.stream().findFirst()
        .map(j -> values.annotation(j, "foreignKey"));
    boolean constrained = foreignKey.map(f -> values.enumConstant(f, "value"))
        .filter("NO_CONSTRAINT"::equals).isEmpty();
    if (constrained) {
      String fkName = foreignKey.map(f -> values.string(f, "name")).filter(n -> !n.isEmpty())
          .map(context.names()::foreignKeyName).map(context.spellings()::explicitName)
          .orElse(PostgresNames.foreignKey(scope.table().name(), names));
      result.foreignKey(new ForeignKey(fkName, names, context.tables().of(target),
          targetIds.stream().map(Column::name).toList())
          .onDelete(context.onDelete().ofReference(field, scope.entity(), target)));
    }
    boolean unique = oneToOne || joins.stream().anyMatch(j -> values.bool(j, "unique"));
    if (unique && !key) {
      result.unique(new UniqueConstraint(
          PostgresNames.uniqueConstraint(scope.table().name(), names), names));
    }
    return result.build();
  }

  /**
   * A unidirectional {@code @OneToMany} with {@code @JoinColumn}: the key lives in the target's
   * table ({@code <field>_<id>}, nullable, referencing this table), with the list index of an
   * {@code @OrderColumn} beside it.
   */
  Contribution oneToManyJoinColumn(EntityScope scope, VariableElement field) {
    AnnotationValues values = context.values();
    TypeElement target = JoinTableReader.elementType(field, context.reporter());
    QualifiedName targetTable = context.tables().of(target);
    SpelledColumn spelledId = context.ids().singleSpelled(scope.entity(), field);
    Column id = spelledId.column();
    AnnotationMirror join = AnnotationValues.find(field, Jpa.JOIN_COLUMN).orElseThrow();
    String explicit = values.string(join, "name");
    boolean quoted =
        context.tables().quoted(scope.entity()) || context.names().quotedColumn(id.name());
    String name = explicit.isEmpty()
        ? context.names().joinColumn(field.getSimpleName().toString(), id.name(), quoted)
        : context.names().physical(explicit);
    context.spellings().column(targetTable, name, explicit.isEmpty()
        ? context.names().spelling(field.getSimpleName() + "_" + spelledId.spelling(), quoted)
        : context.names().spelling(explicit, false));
    Contribution.Builder result = Contribution.builder().foreignColumn(
        new Contribution.ForeignColumn(targetTable,
            Column.of(name, id.type()).nullable(values.bool(join, "nullable")),
            new ForeignKey(PostgresNames.foreignKey(targetTable.name(), List.of(name)),
                List.of(name), scope.table(), List.of(id.name()))
                .onDelete(context.onDelete().of(field)), null, field));
    if (AnnotationValues.has(field, Jpa.ORDER_COLUMN)) {
      OrderColumns orders = new OrderColumns(context);
      Column order = orders.column(field, true);
      result.foreignColumn(new Contribution.ForeignColumn(targetTable, order, null,
          orders.check(targetTable, order), field));
    }
    return result.build();
  }

  /**
   * The inverse side of an association: nothing here, except that an ordered
   * {@code @OneToMany(mappedBy)} keeps its list index ({@code @OrderColumn}) in the target's
   * table, a nullable column beside the other side's key, as Hibernate puts it.
   */
  Contribution inverseSide(VariableElement field) {
    if (!AnnotationValues.has(field, Jpa.ONE_TO_MANY)
        || !AnnotationValues.has(field, Jpa.ORDER_COLUMN)) {
      return Contribution.NONE;
    }
    QualifiedName targetTable =
        context.tables().of(JoinTableReader.elementType(field, context.reporter()));
    OrderColumns orders = new OrderColumns(context);
    Column order = orders.column(field, true);
    return Contribution.builder().foreignColumn(new Contribution.ForeignColumn(targetTable,
        order, null, orders.check(targetTable, order), field)).build();
  }

  /** The entity a to-one association refers to; an error unless it is a known entity. */
  private TypeElement target(VariableElement field) {
    ErrorReporter reporter = context.reporter();
    if (field.asType().getKind() != TypeKind.DECLARED
        || ((DeclaredType) field.asType()).asElement().getKind() != ElementKind.CLASS
        || !AnnotationValues.has(((DeclaredType) field.asType()).asElement(), Jpa.ENTITY)) {
      throw reporter.abort(field, "'" + field.getSimpleName() + "' is a relationship, so its "
          + "type must be an @Entity class; " + field.asType() + " is not.");
    }
    TypeElement target = (TypeElement) ((DeclaredType) field.asType()).asElement();
    if (!context.known().contains(target)) {
      throw reporter.abort(field, "'" + field.getSimpleName() + "' references the entity "
          + target.getQualifiedName() + ", which is outside -Adriftless.packages"
          + ". Add its package to that option.");
    }
    return target;
  }
}
