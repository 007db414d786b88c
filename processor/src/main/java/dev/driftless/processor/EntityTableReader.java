package dev.driftless.processor;

import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.EnumType;
import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.PostgresNames;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;

/**
 * Reads the table of one entity: its columns, keys and constraints, with the join tables its
 * associations own. A fresh instance per entity keeps the per-table state in one place. Entity
 * inheritance decides which fields land in the table: see {@link EntityHierarchy}.
 */
final class EntityTableReader {
  private final JpaModelReader model;
  private final ModelParts parts;
  private final AnnotationValues values;
  private final ErrorReporter reporter;
  private final NamingStrategy naming;
  private final EntityFields fields;
  private final EntityHierarchy hierarchy;
  private final TypeElement entity;
  private final QualifiedName table;
  private final Table.Builder builder;
  private final List<String> primaryKey = new ArrayList<>();
  private final List<String> columnNames = new ArrayList<>();
  final List<Table> joinTables = new ArrayList<>();
  private final ColumnFacets facets;
  private final SingleTableColumns subclassColumns;

  EntityTableReader(JpaModelReader model, ModelParts parts, TypeElement entity) {
    this.model = model;
    this.parts = parts;
    this.values = model.values;
    this.reporter = model.reporter;
    this.naming = model.naming;
    this.fields = model.fields;
    this.hierarchy = parts.hierarchy();
    this.entity = entity;
    this.table = model.tableNameOf(entity);
    this.builder = Table.builder(table);
    this.facets = new ColumnFacets(values, table, builder);
    this.subclassColumns = new SingleTableColumns(facets);
  }

  Table read() {
    model.intents().entity(entity, table);
    boolean failed = false;
    if (hierarchy.isJoinedSubclass(entity)) {
      inheritPrimaryKey();
    }
    List<VariableElement> own = hierarchy.strategy(entity).equals(EntityHierarchy.TABLE_PER_CLASS)
        ? fields.allFields(entity) : fields.persistentFields(entity);
    failed |= readFields(own);
    if (hierarchy.strategy(entity).equals(EntityHierarchy.SINGLE_TABLE)) {
      for (TypeElement subclass : hierarchy.descendants(entity)) {
        subclassColumns.enter(hierarchy.discriminatorValue(subclass));
        failed |= readFields(fields.persistentFields(subclass));
      }
      subclassColumns.leave();
    }
    if (failed) {
      throw new AbortProcessingException();
    }
    hierarchy.discriminatorColumn(entity).ifPresent(discriminator -> {
      addColumn(discriminator.column(), entity);
      facets.addCheck("", discriminator.check(), discriminator.column().name());
      subclassColumns.addChecks(discriminator.column().name());
    });
    if (primaryKey.isEmpty()) {
      throw reporter.abort(entity, "Entity " + entity.getSimpleName() + " has no @Id field. "
          + "Add one, e.g. @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;");
    }
    builder.primaryKey(PostgresNames.primaryKey(table.name()), keyOrder());
    new TableAnnotationReader(values, naming, reporter).read(entity, table, builder, columnNames);
    model.mapped(entity, () -> {
      facets.table(entity, AnnotationValues.find(entity, Jpa.TABLE));
      facets.finish();
      return null;
    });
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw reporter.abort(entity, "Entity " + entity.getSimpleName() + " maps to an invalid "
          + "table: " + e.getMessage() + ". Give each field its own @Column(name = ...), "
          + "and an embedded value used twice its own @AttributeOverride names.");
    }
  }

  /** A composite key in Hibernate's column order; a single column as it is. */
  private String[] keyOrder() {
    if (primaryKey.size() < 2) {
      return primaryKey.toArray(String[]::new);
    }
    Table sofar = builder.build();
    return HibernateColumnOrder.names(primaryKey.stream()
        .map(n -> sofar.column(n).orElseThrow()).toList());
  }

  /** Reads each field, reporting every error before giving up; returns whether one failed. */
  private boolean readFields(List<VariableElement> list) {
    boolean failed = false;
    for (VariableElement field : list) {
      try {
        readField(field);
      } catch (AbortProcessingException e) {
        failed = true;
      }
    }
    return failed;
  }

  /**
   * A JOINED subclass's key: the root's id columns (renamed by {@code @PrimaryKeyJoinColumn}),
   * which are also a foreign key to the parent entity's table.
   */
  private void inheritPrimaryKey() {
    TypeElement parent = hierarchy.parent(entity);
    List<Column> parentKey = model.idColumns(parent, entity);
    List<Column> key = model.idColumns(entity, entity);
    for (Column column : key) {
      addColumn(column, entity);
      primaryKey.add(column.name());
    }
    List<String> names = key.stream().map(Column::name).toList();
    builder.foreignKey(new ForeignKey(PostgresNames.foreignKey(table.name(), names), names,
        model.tableNameOf(parent), parentKey.stream().map(Column::name).toList()));
  }

  private void readField(VariableElement field) {
    if (AnnotationValues.has(field, Jpa.ELEMENT_COLLECTION)) {
      joinTables.add(new CollectionTableReader(model).read(field, declaringEntity(field), table));
      return;
    }
    if (AnnotationValues.has(field, Jpa.EMBEDDED_ID)) {
      for (Column column : model.idColumns(entity, field)) {
        addColumn(column, field);
        primaryKey.add(column.name());
      }
      return;
    }
    if (AnnotationValues.has(field, Jpa.ID) && mapsId()) {
      return; // the @MapsId association's columns are the key
    }
    Optional<AnnotationMirror> oneToMany = AnnotationValues.find(field, Jpa.ONE_TO_MANY);
    Optional<AnnotationMirror> toMany =
        oneToMany.or(() -> AnnotationValues.find(field, Jpa.MANY_TO_MANY));
    if (toMany.isPresent()) {
      if (values.string(toMany.get(), "mappedBy").isEmpty()) {
        if (oneToMany.isPresent() && AnnotationValues.has(field, Jpa.JOIN_COLUMN)) {
          readJoinColumnOneToMany(field);
          return;
        }
        joinTables.add(new JoinTableReader(model, values, reporter, naming, fields)
            .read(field, oneToMany.isPresent(), entity, table, parts.known()));
      }
      return;
    }
    Optional<AnnotationMirror> oneToOne = AnnotationValues.find(field, Jpa.ONE_TO_ONE);
    if (oneToOne.isPresent() && !values.string(oneToOne.get(), "mappedBy").isEmpty()) {
      return;
    }
    Optional<AnnotationMirror> toOne =
        AnnotationValues.find(field, Jpa.MANY_TO_ONE).or(() -> oneToOne);
    if (toOne.isPresent()) {
      readReference(field, toOne.get(), oneToOne.isPresent(), null);
    } else if (isEmbedded(field)) {
      readEmbedded(field, "", AttributeOverrides.of(field, "", values),
          AttributeOverrides.associations(field, "", values));
    } else {
      readBasic(field, Optional.empty(), false);
    }
  }

  private boolean mapsId() {
    return fields.allFields(entity).stream().anyMatch(f -> AnnotationValues.has(f, Jpa.MAPS_ID));
  }

  /** The entity a field belongs to: its declaring entity, or the one read for a superclass. */
  private TypeElement declaringEntity(VariableElement field) {
    Element owner = field.getEnclosingElement();
    return AnnotationValues.has(owner, Jpa.ENTITY) ? (TypeElement) owner : entity;
  }

  /**
   * A unidirectional {@code @OneToMany} with {@code @JoinColumn}: the key lives in the target's
   * table ({@code <field>_<id>}, nullable, referencing this table), with the list index of an
   * {@code @OrderColumn} beside it.
   */
  private void readJoinColumnOneToMany(VariableElement field) {
    TypeElement target = JoinTableReader.elementType(field, reporter);
    QualifiedName targetTable = model.tableNameOf(target);
    Column id = model.idColumn(entity, field);
    AnnotationMirror join = AnnotationValues.find(field, Jpa.JOIN_COLUMN).orElseThrow();
    String explicit = values.string(join, "name");
    String name = naming.physical(explicit.isEmpty() ? field.getSimpleName() + "_" + id.name()
        : explicit);
    parts.foreignColumns().add(new ModelParts.ForeignColumn(targetTable,
        Column.of(name, id.type()).nullable(values.bool(join, "nullable")),
        new ForeignKey(PostgresNames.foreignKey(targetTable.name(), List.of(name)),
            List.of(name), table, List.of(id.name())), null));
    if (AnnotationValues.has(field, Jpa.ORDER_COLUMN)) {
      Column order = new CollectionTableReader(model).orderColumn(field, true);
      parts.foreignColumns().add(new ModelParts.ForeignColumn(targetTable, order, null,
          CollectionTableReader.orderCheck(targetTable, order)));
    }
  }

  private boolean isEmbedded(VariableElement field) {
    return AnnotationValues.has(field, Jpa.EMBEDDED)
        || (field.asType().getKind() == TypeKind.DECLARED && AnnotationValues.has(
            ((DeclaredType) field.asType()).asElement(), Jpa.EMBEDDABLE));
  }

  /**
   * The columns of an embedded value (a class or a record marked {@code @Embeddable}), named
   * after its fields as Hibernate does, unless an {@code @AttributeOverride} on the embedding
   * field renames them ({@code path} is the dotted path of nested embeddables).
   */
  private void readEmbedded(VariableElement field, String path,
      Map<String, AnnotationMirror> overrides, Map<String, List<AnnotationMirror>> associations) {
    Element type = ((DeclaredType) field.asType()).asElement();
    if (!AnnotationValues.has(type, Jpa.EMBEDDABLE)) {
      throw reporter.abort(field, "'" + field.getSimpleName() + "' is @Embedded, so its type "
          + field.asType() + " must be an @Embeddable class or record.");
    }
    for (VariableElement part : fields.persistentFields((TypeElement) type)) {
      String partPath = path + part.getSimpleName();
      Optional<AnnotationMirror> toOne = AnnotationValues.find(part, Jpa.MANY_TO_ONE)
          .or(() -> AnnotationValues.find(part, Jpa.ONE_TO_ONE)
              .filter(o -> values.string(o, "mappedBy").isEmpty()));
      if (isEmbedded(part)) {
        Map<String, AnnotationMirror> nested =
            new HashMap<>(AttributeOverrides.of(part, partPath + ".", values));
        nested.putAll(overrides);
        Map<String, List<AnnotationMirror>> nestedAssociations =
            new HashMap<>(AttributeOverrides.associations(part, partPath + ".", values));
        nestedAssociations.putAll(associations);
        readEmbedded(part, partPath + ".", nested, nestedAssociations);
      } else if (toOne.isPresent()) {
        readReference(part, toOne.get(), AnnotationValues.has(part, Jpa.ONE_TO_ONE),
            associations.get(partPath));
      } else if (Set.of(Jpa.ONE_TO_ONE, Jpa.ONE_TO_MANY, Jpa.MANY_TO_MANY,
          Jpa.ELEMENT_COLLECTION).stream().anyMatch(a -> AnnotationValues.has(part, a))) {
        readField(part); // collections and inverse sides: named as on the entity, as Hibernate
      } else {
        readBasic(part, Optional.ofNullable(overrides.get(partPath)), true);
      }
    }
  }

  /**
   * A basic column; {@code override} replaces the field's own {@code @Column} if present. In an
   * embeddable a primitive does not make the column NOT NULL, as in Hibernate: the whole
   * embedded value may be null.
   */
  private void readBasic(VariableElement field, Optional<AnnotationMirror> override,
      boolean embedded) {
    Optional<AnnotationMirror> column =
        override.isPresent() ? override : AnnotationValues.find(field, Jpa.COLUMN);
    ColumnType type = model.mapped(field, () -> model.types.columnType(field, column,
        model.types.typeIn(entity, field)))
        .orElseThrow(() -> reporter.abort(field,
        "Driftless cannot map the type " + field.asType() + " of field '"
            + field.getSimpleName() + "' to a PostgreSQL column. Supported types: "
            + TypeMapper.SUPPORTED + ". Mark the field @Transient if it is not persistent."));
    String explicit = column.map(c -> values.string(c, "name")).orElse("");
    String name = naming.physical(explicit.isEmpty() ? field.getSimpleName().toString()
        : explicit);
    boolean id = AnnotationValues.has(field, Jpa.ID);
    boolean declaredNullable = column.map(c -> values.bool(c, "nullable")).orElse(true)
        && AnnotationValues.find(field, Jpa.BASIC).map(b -> values.bool(b, "optional"))
            .orElse(true);
    boolean primitive = !embedded && field.asType().getKind().isPrimitive();
    boolean nullable = !id && declaredNullable
        && (!primitive || subclassColumns.relaxes(name));
    if (AnnotationValues.has(field, Jpa.CONVERT) && Set.of("boolean", "java.lang.Boolean")
        .contains(field.asType().toString())) {
      reporter.warning(field, "Hibernate adds a check to a converted Boolean column whose values "
          + "it learns by running the converter (IN (0, 1), say). Driftless does not run your code "
          + "at compile time, so its column has no such check; add @Check(constraints = ...) "
          + "if you want one.");
    }
    Optional<EnumType> named = model.namedEnums.typeOf(field);
    if (named.isPresent()) {
      EnumType clash = parts.enums().putIfAbsent(named.get().name(), named.get());
      if (clash != null && !clash.equals(named.get())) {
        throw reporter.abort(field, "Two enums map to the PostgreSQL type "
            + named.get().name() + " (Hibernate names it after the simple class name) with "
            + "different values " + clash.values() + " and " + named.get().values()
            + ". Rename one of the enum classes.");
      }
    } else {
      EnumChecks.of(field, name, values).ifPresent(check -> facets.addCheck("", check, name));
    }
    Column result = model.mapped(field, () -> facets.apply(field, column,
        Column.of(name, type).nullable(nullable)));
    if (id) {
      primaryKey.add(name);
      TypeElement root = hierarchy.root(entity);
      if (hierarchy.strategy(entity).equals(EntityHierarchy.TABLE_PER_CLASS)
          && AnnotationValues.find(field, Jpa.GENERATED_VALUE)
              .map(g -> values.enumConstant(g, "strategy")).orElse("").equals("IDENTITY")) {
        throw reporter.abort(field, "TABLE_PER_CLASS inheritance cannot use IDENTITY ids: the "
            + "classes share one id space across tables. Use GenerationType.SEQUENCE, as "
            + "Hibernate requires.");
      }
      result = model.idGeneration.apply(result, field, type, root, model.entityName(root),
          parts);
    } else if (column.map(c -> values.bool(c, "unique")).orElse(false)) {
      builder.unique(PostgresNames.uniqueConstraint(table.name(), List.of(name)), name);
    }
    addColumn(result, field);
  }

  /**
   * A {@code @ManyToOne} or owning {@code @OneToOne}: one column per id column of the target,
   * named {@code <field>_<target column>} unless {@code @JoinColumn}/{@code @JoinColumns} say
   * otherwise (or an {@code @AssociationOverride} on the embedding field, {@code overridden}), in
   * the target key's order, with a foreign key (unless {@code @ForeignKey(NO_CONSTRAINT)}). With
   * {@code @MapsId} the columns are this table's key.
   */
  private void readReference(VariableElement field, AnnotationMirror relation, boolean oneToOne,
      List<AnnotationMirror> overridden) {
    if (field.asType().getKind() != TypeKind.DECLARED
        || ((DeclaredType) field.asType()).asElement().getKind() != ElementKind.CLASS
        || !AnnotationValues.has(((DeclaredType) field.asType()).asElement(), Jpa.ENTITY)) {
      throw reporter.abort(field, "'" + field.getSimpleName() + "' is a relationship, so its "
          + "type must be an @Entity class; " + field.asType() + " is not.");
    }
    TypeElement target = (TypeElement) ((DeclaredType) field.asType()).asElement();
    if (!parts.known().contains(target)) {
      throw reporter.abort(field, "'" + field.getSimpleName() + "' references the entity "
          + target.getQualifiedName() + ", which is outside -A" + ProcessorOptions.PACKAGES
          + ". Add its package to that option.");
    }
    if (oneToOne && AnnotationValues.has(field, Jpa.PRIMARY_KEY_JOIN_COLUMN)) {
      return; // shares this table's key: no column, and Hibernate adds no constraint
    }
    boolean key = AnnotationValues.has(field, Jpa.ID) || AnnotationValues.has(field, Jpa.MAPS_ID);
    List<Column> targetIds = model.idColumns(target, field);
    List<AnnotationMirror> joins =
        overridden != null ? overridden : JoinColumns.of(field, values);
    boolean nullable = !key && values.bool(relation, "optional")
        && joins.stream().allMatch(j -> values.bool(j, "nullable"));
    List<String> names = new ArrayList<>();
    for (int i = 0; i < targetIds.size(); i++) {
      Column targetId = targetIds.get(i);
      String explicit = new JoinColumns(values, naming, reporter).nameFor(field, joins, targetId, i);
      String name = naming.physical(explicit.isEmpty()
          ? field.getSimpleName() + "_" + targetId.name() : explicit);
      names.add(name);
      addColumn(model.mapped(field, () -> facets.apply(field, Optional.empty(),
          Column.of(name, targetId.type()).nullable(nullable))), field);
      if (key) {
        primaryKey.add(name);
      }
    }
    Optional<AnnotationMirror> foreignKey = joins.stream().findFirst()
        .map(j -> values.annotation(j, "foreignKey"));
    boolean constrained = foreignKey.map(f -> values.enumConstant(f, "value"))
        .filter("NO_CONSTRAINT"::equals).isEmpty();
    if (constrained) {
      String fkName = foreignKey.map(f -> values.string(f, "name")).filter(n -> !n.isEmpty())
          .orElse(PostgresNames.foreignKey(table.name(), names));
      builder.foreignKey(new ForeignKey(fkName, names, model.tableNameOf(target),
          targetIds.stream().map(Column::name).toList()));
    }
    boolean unique = oneToOne || joins.stream().anyMatch(j -> values.bool(j, "unique"));
    if (unique && !key) {
      builder.unique(PostgresNames.uniqueConstraint(table.name(), names),
          names.toArray(String[]::new));
    }
  }

  private void addColumn(Column column, Element field) {
    builder.column(column);
    columnNames.add(column.name());
    model.intents().column(table, column.name(), field);
  }
}
