package dev.driftless.processor.mapping;

import dev.driftless.processor.element.AnnotationValues;
import dev.driftless.processor.element.Jpa;
import dev.driftless.processor.mapping.naming.ImplicitNames;
import dev.driftless.processor.mapping.types.TypeMapper;
import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.PostgresNames;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The collection table of an {@code @ElementCollection}, as Hibernate makes it: named
 * {@code <Entity>_<field>} (or by {@code @CollectionTable}), a {@code <Entity>_<id>} column
 * referencing the owner, then the element's column (or the embeddable's columns), the map key
 * ({@code <field>_KEY} or {@code @MapKeyColumn}) or the list index ({@code <field>_ORDER} or
 * {@code @OrderColumn}). A map or an indexed list is keyed by owner and key or index; a set by
 * owner and element (a unique constraint while the element may be null); a plain list not at all.
 */
final class CollectionTableReader {
  private final MappingContext context;
  private final AnnotationValues values;
  private final ImplicitNames names;

  CollectionTableReader(MappingContext context) {
    this.context = context;
    this.values = context.values();
    this.names = context.names();
  }

  /** The collection table of {@code field}, and how it is keyed. */
  Contribution.OwnedTable read(VariableElement field, TypeElement entity,
      QualifiedName ownerTable) {
    DeclaredType collection = collectionType(field);
    String raw = ((TypeElement) collection.asElement()).getQualifiedName().toString();
    boolean map = raw.equals("java.util.Map") || raw.equals("java.util.SortedMap");
    boolean set = raw.equals("java.util.Set") || raw.equals("java.util.SortedSet");
    TypeMirror element = collection.getTypeArguments().get(map ? 1 : 0);
    String fieldName = field.getSimpleName().toString();

    Optional<AnnotationMirror> collectionTable =
        AnnotationValues.find(field, Jpa.COLLECTION_TABLE);
    String explicitName = collectionTable.map(c -> values.string(c, "name")).orElse("");
    String explicitSchema = collectionTable.map(c -> values.string(c, "schema")).orElse("");
    QualifiedName name = QualifiedName.of(
        explicitSchema.isEmpty() ? QualifiedName.DEFAULT_SCHEMA
            : names.physical(explicitSchema),
        explicitName.isEmpty() ? names.collectionTable(names.entityName(entity), fieldName,
            context.tables().quoted(entity)) : names.physical(explicitName));
    Table.Builder table = Table.builder(name);
    String logical = name.schema() + "." + (explicitName.isEmpty()
        ? names.logicalKey(names.entityName(entity) + "_" + fieldName,
            context.tables().quoted(entity))
        : names.logicalKey(explicitName, false));

    SpelledColumn spelledId = context.ids().singleSpelled(entity, field);
    Column ownerId = spelledId.column();
    Optional<String> explicitOwner = collectionTable.flatMap(c -> values.annotations(c,
        "joinColumns").stream().findFirst()).map(j -> values.string(j, "name"))
        .filter(n -> !n.isEmpty());
    boolean quotedOwner =
        context.tables().quoted(entity) || names.quotedColumn(ownerId.name());
    String ownerName = explicitOwner.map(names::physical).orElse(names.collectionOwnerColumn(
        names.entityName(entity), ownerId.name(), quotedOwner));
    Column owner = Column.of(ownerName, ownerId.type()).notNull();
    SpelledColumn spelledOwner = new SpelledColumn(owner, explicitOwner
        .map(n -> names.spelling(n, false)).orElse(names.spelling(
            names.entityName(entity) + "_" + spelledId.spelling(), quotedOwner)));
    boolean quotedTable = explicitName.isEmpty() ? context.tables().quoted(entity)
        : names.quotes(explicitName);
    context.spellings().table(name, explicitName.isEmpty()
        ? names.uncutSpelling(names.entityName(entity) + "_" + fieldName, quotedTable)
        : names.uncutSpelling(explicitName, false), quotedTable);
    context.spellings().column(name, spelledOwner);
    table.column(owner).foreignKey(new ForeignKey(
        PostgresNames.foreignKey(name.name(), List.of(ownerName)), List.of(ownerName),
        ownerTable, List.of(ownerId.name())).onDelete(context.onDelete().of(field)));

    // Each element column with its property path, which orders a set's unique key.
    Map<SpelledColumn, String> paths = new LinkedHashMap<>();
    elementColumns(field, element, table, name, paths);
    List<SpelledColumn> elements = List.copyOf(paths.keySet());
    elements.forEach(e -> context.spellings().column(name, e));
    List<SpelledColumn> key = new ArrayList<>(List.of(spelledOwner));
    SharedTables.Key kind;
    if (map) {
      key.addAll(mapKey(field, collection.getTypeArguments().get(0),
          AnnotationValues.find(field, Jpa.MAP_KEY_COLUMN), table, name));
      kind = SharedTables.Key.INDEXED;
    } else if (AnnotationValues.has(field, Jpa.ORDER_COLUMN)) {
      key.add(addOrderColumn(field, table, name));
      kind = SharedTables.Key.INDEXED;
    } else if (set) {
      key.addAll(elements);
      kind = SharedTables.Key.SET;
    } else { // a bag: rows may repeat
      return new Contribution.OwnedTable(table.build(), logical, field, SharedTables.Key.NONE);
    }
    String[] keyNames = HibernateColumnOrder.names(key);
    if (key.stream().allMatch(c -> !c.column().nullable())) {
      table.primaryKey(PostgresNames.primaryKey(name.name()), keyNames);
    } else if (!set || context.line().uniqueNullableSetElements()) {
      // A unique key keeps Set.createPrimaryKey's order, not the key column order: owner, then
      // the element columns in Hibernate's property order (by attribute name at each level, a
      // nested embeddable's in its place).
      List<String> unique = new ArrayList<>(List.of(owner.name()));
      paths.entrySet().stream().sorted(Map.Entry.comparingByValue())
          .map(e -> e.getKey().column().name()).forEach(unique::add);
      String[] uniqueNames = unique.toArray(String[]::new);
      table.unique(PostgresNames.uniqueConstraint(name.name(), List.of(uniqueNames)),
          uniqueNames);
    }
    return new Contribution.OwnedTable(table.build(), logical, field, kind);
  }

  /** Adds the NOT NULL list-index column of {@code field} and its check to {@code table}. */
  SpelledColumn addOrderColumn(VariableElement field, Table.Builder table, QualifiedName name) {
    OrderColumns orders = new OrderColumns(context);
    SpelledColumn order = orders.keyColumn(field);
    table.column(order.column());
    Optional.ofNullable(orders.check(name, order.column())).ifPresent(table::check);
    return order;
  }

  /** Adds the element's columns to {@code table}, and to {@code paths} with their paths. */
  private void elementColumns(VariableElement field, TypeMirror element,
      Table.Builder table, QualifiedName name, Map<SpelledColumn, String> paths) {
    Map<String, AnnotationMirror> converts = converts(field, embeddable(element));
    if (embeddable(element)) {
      embeddableColumns((TypeElement) ((DeclaredType) element).asElement(), "", table, name,
          paths, converts);
      converts.keySet().stream().filter(path -> !path.isEmpty()).findFirst().ifPresent(path -> {
        throw context.reporter().abort(field, "@Convert(attributeName = \"" + path + "\") names "
            + "no basic attribute of the element " + element + ".");
      });
    } else {
      paths.put(basic(field, field, element, table, name,
          Optional.ofNullable(converts.remove(""))), "");
    }
  }

  /**
   * The {@code @Convert}s of an element collection by the element attribute they apply to
   * ({@code ""} for a basic element), as the specification addresses them: none or
   * {@code value} for a basic element, {@code x} or {@code value.x} for an embeddable's
   * attribute; {@code key…} is the map key's (see {@link TypeMapper#mapKeyType}).
   */
  private Map<String, AnnotationMirror> converts(VariableElement field, boolean embeddable) {
    Map<String, AnnotationMirror> byPath = new LinkedHashMap<>();
    for (AnnotationMirror convert : values.repeated(field, Jpa.CONVERT, Jpa.CONVERTS)) {
      String attribute = values.string(convert, "attributeName").strip();
      if (attribute.equals("key") || attribute.startsWith("key.")) {
        continue;
      }
      String path = attribute.equals("value") ? ""
          : attribute.startsWith("value.") ? attribute.substring("value.".length()) : attribute;
      if (!embeddable && !path.isEmpty()) {
        throw context.reporter().abort(field, "@Convert(attributeName = \"" + attribute
            + "\") on a collection of basic values: leave attributeName out (or say \"value\"), "
            + "or \"key\" for a map's key.");
      }
      byPath.put(path, convert);
    }
    return byPath;
  }

  private static boolean embeddable(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && AnnotationValues.has(((DeclaredType) type).asElement(), Jpa.EMBEDDABLE);
  }

  /**
   * The columns of an embeddable element, a nested embeddable's among them: each named after its
   * own attribute, as Hibernate's JPA-compliant naming names them (the last part of the path).
   */
  private void embeddableColumns(TypeElement type, String prefix, Table.Builder table,
      QualifiedName name, Map<SpelledColumn, String> paths, Map<String, AnnotationMirror> converts) {
    for (VariableElement part : context.fields().persistentFields(type)) {
      // A separator below every letter: paths then sort part by part.
      String path = prefix + part.getSimpleName() + '\u0000';
      if (embeddable(part.asType())) {
        embeddableColumns((TypeElement) ((DeclaredType) part.asType()).asElement(), path, table,
            name, paths, converts);
      } else {
        Optional<AnnotationMirror> convert =
            Optional.ofNullable(converts.remove(path.replace('\u0000', '.')
                .substring(0, path.length() - 1)));
        paths.put(basic(part, part, part.asType(), table, name,
            convert.or(() -> AnnotationValues.find(part, Jpa.CONVERT))), path);
      }
    }
  }

  /**
   * The column for a value of {@code type}, named and shaped by {@code annotated}: nullable
   * unless its {@code @Column} says {@code nullable = false} (a primitive of an embeddable
   * element stays nullable, as in Hibernate).
   */
  private SpelledColumn basic(VariableElement annotated, VariableElement named, TypeMirror type,
      Table.Builder table, QualifiedName name, Optional<AnnotationMirror> convert) {
    Optional<AnnotationMirror> column = AnnotationValues.find(annotated, Jpa.COLUMN);
    String explicit = column.map(c -> values.string(c, "name")).orElse("");
    String logicalName = explicit.isEmpty() ? named.getSimpleName().toString() : explicit;
    String columnName = names.physical(logicalName);
    ColumnType columnType = context.reporter().refusing(annotated,
        () -> context.types().columnType(annotated, column, type, convert)).orElseThrow(() ->
            context.reporter().abort(annotated, "Driftless cannot map the element type " + type
                + " of '" + annotated.getSimpleName() + "'. Supported types: "
                + TypeMapper.SUPPORTED + "."));
    EnumChecks.of(annotated, type, columnName, values).ifPresent(check ->
        table.check(PostgresNames.check(name.name(), columnName), check));
    Column result = Column.of(columnName, columnType)
        .nullable(column.map(c -> values.bool(c, "nullable")).orElse(true));
    table.column(result);
    return new SpelledColumn(result, names.spelling(logicalName, false));
  }

  /**
   * Adds the NOT NULL key column of a map to {@code table}: {@code <field>_KEY} unless
   * {@code @MapKeyColumn} names it, of {@code keyType}, shaped (length, precision) by
   * {@code typeColumn} if given; for a map keyed by an entity, its {@link EntityMapKey}, and by
   * an embeddable, the columns of its {@link EmbeddableMapKey}.
   */
  List<SpelledColumn> mapKey(VariableElement field, TypeMirror keyType,
      Optional<AnnotationMirror> typeColumn, Table.Builder table, QualifiedName tableName) {
    AnnotationValues.find(field, Jpa.MAP_KEY_CLASS).ifPresent(keyClass -> {
      TypeMirror declared = (TypeMirror) values.value(keyClass, "value");
      boolean same = declared instanceof DeclaredType d && keyType instanceof DeclaredType k
          ? d.asElement().equals(k.asElement()) : declared.toString().equals(keyType.toString());
      if (!same) {
        throw context.reporter().abort(field, "@MapKeyClass(" + declared + ") differs from the "
            + "map's key type " + keyType + "; Driftless reads the key type from Map<K, V>: "
            + "make them the same (or leave @MapKeyClass out).");
      }
    });
    if (keyType instanceof DeclaredType declared
        && AnnotationValues.has(declared.asElement(), Jpa.ENTITY)) {
      return List.of(new EntityMapKey(context).add(field, (TypeElement) declared.asElement(),
          table, tableName));
    }
    if (embeddable(keyType)) {
      return new EmbeddableMapKey(context).add(field,
          (TypeElement) ((DeclaredType) keyType).asElement(), table, tableName);
    }
    if (AnnotationValues.has(field, Jpa.MAP_KEY_JOIN_COLUMN)) {
      throw context.reporter().abort(field, "@MapKeyJoinColumn is for a map keyed by an "
          + "entity; '" + field.getSimpleName() + "' is keyed by " + keyType + ": name its key "
          + "column with @MapKeyColumn instead.");
    }
    String explicit = AnnotationValues.find(field, Jpa.MAP_KEY_COLUMN)
        .map(k -> values.string(k, "name")).orElse("");
    String name = explicit.isEmpty() ? names.mapKeyColumn(field.getSimpleName().toString())
        : names.physical(explicit);
    String spelling = names.spelling(
        explicit.isEmpty() ? field.getSimpleName() + "_KEY" : explicit, false);
    ColumnType type = context.reporter().refusing(field, () -> context.types().mapKeyType(field,
        typeColumn, keyType)).orElseThrow(() -> context.reporter().abort(field, "Driftless "
            + "cannot map the map key type " + keyType + " of '" + field.getSimpleName() + "'."));
    Column key = Column.of(name, type).notNull();
    table.column(key);
    EnumChecks.of(keyType, name, context.types().mapKeyEnumerated(field)).ifPresent(check ->
        table.check(PostgresNames.check(tableName.name(), name), check));
    return List.of(new SpelledColumn(key, spelling));
  }

  private DeclaredType collectionType(VariableElement field) {
    if (field.asType() instanceof DeclaredType declared
        && !declared.getTypeArguments().isEmpty()) {
      return declared;
    }
    throw context.reporter().abort(field, "'" + field.getSimpleName() + "' is an @ElementCollection, "
        + "so it must be a Set<E>, List<E>, Collection<E> or Map<K, V>.");
  }
}
