package dev.driftless.processor.mapping;

import dev.driftless.processor.element.AnnotationValues;
import dev.driftless.processor.element.ErrorReporter;
import dev.driftless.processor.element.Jpa;
import dev.driftless.processor.mapping.naming.ImplicitNames;
import dev.driftless.schema.Column;
import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.PostgresNames;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.ReferentialAction;
import dev.driftless.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.DeclaredType;

/**
 * The join table of an owning {@code @ManyToMany} or a unidirectional {@code @OneToMany}, named
 * as JPA says: {@code <owning table>_<target table>}; the column to the owner is
 * {@code <mappedBy field of the other side, or entity name>_<pk>}, the one to the target
 * {@code <field>_<pk>}. A {@code Set} gets a primary key over both, a one-to-many a unique
 * constraint on the target column, as Hibernate does; except a one-to-many {@code Set} in 7.4,
 * keyed by its target column alone ({@link
 * dev.driftless.processor.mapping.naming.HibernateLine#oneToManySetKeyedByTarget}).
 */
final class JoinTableReader {
  private final MappingContext context;
  private final AnnotationValues values;
  private final ErrorReporter reporter;
  private final ImplicitNames names;

  JoinTableReader(MappingContext context) {
    this.context = context;
    this.values = context.values();
    this.reporter = context.reporter();
    this.names = context.names();
  }

  /** The join table of {@code field} of {@code entity}, whose table is {@code table}. */
  Contribution.OwnedTable read(VariableElement field, boolean oneToMany, TypeElement entity,
      QualifiedName table) {
    TypeElement target = elementType(field, reporter);
    if (!context.known().contains(target)) {
      throw reporter.abort(field, "'" + field.getSimpleName() + "' references " + target
          + ", which is not an entity in -Adriftless.packages.");
    }
    SpelledColumn spelledOwnerId = context.ids().singleSpelled(entity, field);
    SpelledColumn spelledTargetId = context.ids().singleSpelled(target, field);
    Column ownerId = spelledOwnerId.column();
    Column targetId = spelledTargetId.column();
    QualifiedName targetTable = context.tables().of(target);
    Optional<AnnotationMirror> joinTable = AnnotationValues.find(field, Jpa.JOIN_TABLE);
    String explicitName = joinTable.map(j -> values.string(j, "name")).orElse("");
    String explicitSchema = joinTable.map(j -> values.string(j, "schema")).orElse("");
    QualifiedName name = QualifiedName.of(
        explicitSchema.isEmpty() ? QualifiedName.DEFAULT_SCHEMA
            : names.physical(explicitSchema),
        explicitName.isEmpty() ? names.joinTable(context.tables().logical(entity),
            context.tables().logical(target),
            context.tables().quoted(entity) || context.tables().quoted(target))
            : names.physical(explicitName));
    String logical = name.schema() + "." + (explicitName.isEmpty()
        ? names.logicalKey(context.tables().logical(entity) + "_"
            + context.tables().logical(target),
            context.tables().quoted(entity) || context.tables().quoted(target))
        : names.logicalKey(explicitName, false));
    Optional<VariableElement> inverse = inverseAttribute(field, entity, target);
    String ownerPrefix =
        inverse.map(f -> f.getSimpleName().toString()).orElse(names.entityName(entity));
    boolean ownerQuoted = context.tables().quoted(entity) || names.quotedColumn(ownerId.name());
    SpelledColumn owner = joinColumn(joinTable, "joinColumns", spelledOwnerId,
        names.joinTableOwnerColumn(ownerPrefix, ownerId.name(), ownerQuoted),
        names.spelling(ownerPrefix + "_" + spelledOwnerId.spelling(), ownerQuoted));
    String attribute = field.getSimpleName().toString();
    boolean targetQuoted =
        context.tables().quoted(target) || names.quotedColumn(targetId.name());
    SpelledColumn element = joinColumn(joinTable, "inverseJoinColumns", spelledTargetId,
        names.joinColumn(attribute, targetId.name(), targetQuoted),
        names.spelling(attribute + "_" + spelledTargetId.spelling(), targetQuoted));
    String ownerColumn = owner.column().name();
    String targetColumn = element.column().name();
    boolean quotedTable = explicitName.isEmpty()
        ? context.tables().quoted(entity) || context.tables().quoted(target)
        : names.quotes(explicitName);
    context.spellings().table(name, explicitName.isEmpty()
        ? names.uncutSpelling(context.tables().logical(entity) + "_"
            + context.tables().logical(target), quotedTable)
        : names.uncutSpelling(explicitName, false), quotedTable);
    context.spellings().column(name, owner);
    context.spellings().column(name, element);
    Table.Builder join = Table.builder(name)
        .column(owner.column())
        .column(element.column())
        .foreignKey(new ForeignKey(PostgresNames.foreignKey(name.name(), List.of(ownerColumn)),
            List.of(ownerColumn), table, List.of(ownerId.name()))
            .onDelete(ownerAction(field, oneToMany, joinTable)))
        .foreignKey(new ForeignKey(PostgresNames.foreignKey(name.name(), List.of(targetColumn)),
            List.of(targetColumn), targetTable, List.of(targetId.name()))
            .onDelete(inverse.map(context.onDelete()::of).orElse(ReferentialAction.NO_ACTION)));
    SharedTables.Key kind = SharedTables.Key.NONE;
    if (isMap(field)) {
      // IndexedCollection.createPrimaryKey: owner and map key, or owner and element when the
      // key is an attribute of the target (@MapKey), whose column is not in this table.
      boolean keyedByTarget = AnnotationValues.has(field, Jpa.MAP_KEY);
      List<SpelledColumn> key = new ArrayList<>(List.of(owner));
      key.addAll(keyedByTarget ? List.of(element) : mapKeyColumns(field, join, name));
      join.primaryKey(PostgresNames.primaryKey(name.name()), HibernateColumnOrder.names(key));
      kind = keyedByTarget ? SharedTables.Key.SET : SharedTables.Key.INDEXED;
    } else if (AnnotationValues.has(field, Jpa.ORDER_COLUMN)) {
      SpelledColumn order = new CollectionTableReader(context).addOrderColumn(field, join, name);
      join.primaryKey(PostgresNames.primaryKey(name.name()),
          HibernateColumnOrder.names(List.of(owner, order)));
      kind = SharedTables.Key.INDEXED;
    } else if (isSet(field) && oneToMany && context.line().oneToManySetKeyedByTarget()) {
      join.primaryKey(PostgresNames.primaryKey(name.name()), targetColumn);
      // The key makes the target unique: no constraint of its own.
      return new Contribution.OwnedTable(join.build(), logical, field, SharedTables.Key.SET);
    } else if (isSet(field)) {
      join.primaryKey(PostgresNames.primaryKey(name.name()),
          HibernateColumnOrder.names(List.of(owner, element)));
      kind = SharedTables.Key.SET;
    }
    if (oneToMany) {
      join.unique(PostgresNames.uniqueConstraint(name.name(), List.of(targetColumn)),
          targetColumn);
    }
    return new Contribution.OwnedTable(join.build(), logical, field, kind);
  }

  /**
   * A NOT NULL join column referring to {@code id}: named by the first of {@code member} of the
   * {@code @JoinTable} if it names one, else {@code implicit} (spelled {@code implicitSpelling}).
   */
  private SpelledColumn joinColumn(Optional<AnnotationMirror> joinTable, String member,
      SpelledColumn id, String implicit, String implicitSpelling) {
    String explicit = joinTable.flatMap(j -> values.annotations(j, member).stream()
        .findFirst()).map(c -> values.string(c, "name")).orElse("");
    return explicit.isEmpty()
        ? new SpelledColumn(Column.of(implicit, id.column().type()).notNull(), implicitSpelling)
        : new SpelledColumn(Column.of(names.physical(explicit), id.column().type()).notNull(),
            names.spelling(explicit, false));
  }

  /**
   * The action {@code @OnDelete} gives the owner's foreign key: the collection's key. On a
   * unidirectional one-to-many Hibernate wants the join column named ({@code @JoinColumn}, or
   * {@code @JoinTable(joinColumns)}), and refuses it otherwise.
   */
  private ReferentialAction ownerAction(VariableElement field, boolean oneToMany,
      Optional<AnnotationMirror> joinTable) {
    ReferentialAction action = context.onDelete().of(field);
    if (oneToMany && action != ReferentialAction.NO_ACTION && joinTable
        .map(j -> values.annotations(j, "joinColumns").isEmpty()).orElse(true)) {
      throw reporter.abort(field, "Hibernate refuses @OnDelete on the unidirectional "
          + "@OneToMany '" + field.getSimpleName() + "' unless it names its join column: add "
          + "@JoinColumn (a key in the target's table) or @JoinTable(joinColumns = ...).");
    }
    return action;
  }

  /**
   * The field of the target that maps this association back with mappedBy, if any: a
   * {@code @ManyToMany(mappedBy)} of this field's name holding this entity (another entity's
   * association of the same name is not this one's inverse).
   */
  private Optional<VariableElement> inverseAttribute(VariableElement field, TypeElement entity,
      TypeElement target) {
    String mine = field.getSimpleName().toString();
    return context.fields().persistentFields(target).stream()
        .filter(f -> AnnotationValues.find(f, Jpa.MANY_TO_MANY).stream()
            .anyMatch(a -> values.string(a, "mappedBy").equals(mine)))
        .filter(f -> isOrExtends(entity, elementType(f, reporter)))
        .findFirst();
  }

  /** Whether {@code type} is {@code candidate} or one of its subclasses. */
  static boolean isOrExtends(TypeElement type, TypeElement candidate) {
    for (TypeElement t = type; t != null; t = t.getSuperclass() instanceof DeclaredType d
        ? (TypeElement) d.asElement() : null) {
      if (t.equals(candidate)) {
        return true;
      }
    }
    return false;
  }

  /** The entity a {@code Set<E>} or {@code List<E>} association holds. */
  static TypeElement elementType(VariableElement field, ErrorReporter reporter) {
    DeclaredType collection = (DeclaredType) field.asType();
    int arguments = collection.getTypeArguments().size();
    if (arguments != 1 && !(arguments == 2 && isMap(field))) {
      throw reporter.abort(field, "'" + field.getSimpleName() + "' must be a Set<E>, List<E> or "
          + "Map<K, E> of an entity for Driftless to map its join table.");
    }
    return (TypeElement) ((DeclaredType) collection.getTypeArguments().get(arguments - 1))
        .asElement();
  }

  private static boolean isMap(VariableElement field) {
    String raw = ((TypeElement) ((DeclaredType) field.asType()).asElement())
        .getQualifiedName().toString();
    return raw.equals("java.util.Map") || raw.equals("java.util.SortedMap");
  }

  /**
   * The NOT NULL key columns of a map association: {@code <field>_KEY} unless
   * {@code @MapKeyColumn} names it, of the key's basic or enum type; the join column of an
   * entity key; or the columns of an embeddable key.
   */
  private List<SpelledColumn> mapKeyColumns(VariableElement field, Table.Builder join,
      QualifiedName name) {
    TypeMirror keyType = ((DeclaredType) field.asType()).getTypeArguments().get(0);
    return new CollectionTableReader(context).mapKey(field, keyType,
        AnnotationValues.find(field, Jpa.MAP_KEY_COLUMN), join, name);
  }

  private static boolean isSet(VariableElement field) {
    String raw = ((TypeElement) ((DeclaredType) field.asType()).asElement())
        .getQualifiedName().toString();
    return raw.equals("java.util.Set") || raw.equals("java.util.SortedSet");
  }
}
