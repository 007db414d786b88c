package dev.driftless.processor.mapping;

import dev.driftless.processor.element.AbortProcessingException;
import dev.driftless.processor.element.AnnotationValues;
import dev.driftless.processor.element.Jpa;
import dev.driftless.processor.mapping.Contribution.CheckSpec;
import dev.driftless.processor.mapping.Contribution.SourcedColumn;
import dev.driftless.processor.mapping.naming.ReservedNameException;
import dev.driftless.schema.Column;
import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.PostgresNames;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Reads the table of one entity: sends each attribute to the reader of its kind, collects what
 * they contribute, and has {@link TableAssembler} build the table. Entity inheritance decides
 * which attributes land in the table: see {@link EntityHierarchy}.
 */
final class EntityTableReader {
  private final MappingContext context;
  private final BasicColumns basics;
  private final References references;
  private final Embeddeds embeddeds;

  EntityTableReader(MappingContext context) {
    this.context = context;
    this.basics = new BasicColumns(context);
    this.references = new References(context);
    this.embeddeds = new Embeddeds(context, basics, references, this::attribute);
  }

  /** An entity's table, with everything its attributes contributed (to it and elsewhere). */
  record EntityTable(TypeElement entity, Table table, Contribution parts) {}

  /** The table of {@code entity} and the tables and columns its attributes put elsewhere. */
  EntityTable read(TypeElement entity) {
    EntityHierarchy hierarchy = context.hierarchy();
    QualifiedName table = context.tables().of(entity);
    Optional<EntityHierarchy.Discriminator> discriminator = hierarchy.discriminatorColumn(entity);
    EntityScope scope = new EntityScope(entity, table,
        new ColumnFacets(context.values(), context.names(), table, context.line()),
        discriminator.map(d -> d.column().name()).orElse(null), null);
    Contribution.Builder parts = Contribution.builder();
    boolean failed = false;
    if (hierarchy.isJoinedSubclass(entity)) {
      parts.add(inheritedKey(scope));
    }
    List<VariableElement> own = hierarchy.strategy(entity).equals(EntityHierarchy.TABLE_PER_CLASS)
        ? context.fields().allFields(entity) : context.fields().persistentFields(entity);
    Map<TypeElement, List<String>> required = new HashMap<>();
    failed |= readAll(scope, own, parts, entity, required);
    if (hierarchy.strategy(entity).equals(EntityHierarchy.SINGLE_TABLE)) {
      for (TypeElement subclass : hierarchy.descendants(entity)) {
        Contribution.Builder subclassParts = Contribution.builder();
        failed |= readAll(scope.subclass(hierarchy.discriminatorValue(subclass)),
            context.fields().persistentFields(subclass), subclassParts, subclass, required);
        Contribution shared = sharedWithSiblings(subclassParts.build(), parts.build());
        failed |= shared == null;
        if (shared != null) {
          parts.add(shared);
        }
      }
    }
    if (failed) {
      throw new AbortProcessingException();
    }
    discriminator.ifPresent(d -> parts.column(d.column(), entity));
    if (context.line().singleTableChecks()) {
      discriminator.ifPresent(d -> parts.check(CheckSpec.unnamed(d.check(), d.column().name())));
      if (hierarchy.strategy(entity).equals(EntityHierarchy.SINGLE_TABLE)) {
        subclassChecks(scope, entity, required, parts);
      }
    }
    Contribution read = parts.build();
    if (read.keyColumns().isEmpty()) {
      throw context.reporter().abort(entity, "Entity " + entity.getSimpleName() + " has no @Id "
          + "field. Add one, e.g. @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;");
    }
    Optional<AnnotationMirror> tableAnnotation = AnnotationValues.find(entity, Jpa.TABLE);
    Contribution.Builder whole = Contribution.builder().add(read)
        .add(new TableAnnotationReader(context).read(entity, table, read.columns()));
    whole.add(context.reporter().refusing(entity,
        () -> scope.facets().tableChecks(entity, tableAnnotation)));
    SecondaryTables.Split split =
        new SecondaryTables(context).split(entity, table, whole.build());
    Contribution.Builder withSecondary = Contribution.builder().add(split.primary());
    split.secondary().forEach(withSecondary::ownedTable);
    Contribution all = withSecondary.build();
    try {
      return new EntityTable(entity, TableAssembler.assemble(table, split.primary(),
          scope.facets().tableComment(entity, tableAnnotation)), all);
    } catch (IllegalArgumentException e) {
      Optional<CutNameCollisions.Collision> cut =
          new CutNameCollisions(context.names(), context.values()).find(all.columns());
      if (cut.isPresent()) {
        throw context.reporter().abort(cut.get().second(),
            cut.get().message(entity.getSimpleName().toString()) + ".");
      }
      throw context.reporter().abort(entity, "Entity " + entity.getSimpleName() + " maps to an "
          + "invalid table: " + e.getMessage() + ". Give each field its own @Column(name = ...), "
          + "and an embedded value used twice its own @AttributeOverride names.");
    }
  }

  /**
   * Reads each attribute of {@code owner}, reporting every error before giving up; returns
   * whether one failed. The columns the attributes require go to {@code required}.
   */
  private boolean readAll(EntityScope scope, List<VariableElement> attributes,
      Contribution.Builder parts, TypeElement owner, Map<TypeElement, List<String>> required) {
    boolean failed = false;
    // Hibernate keeps a class's properties in alphabetical order (PropertyContainer).
    Map<String, List<String>> byAttribute = new TreeMap<>();
    for (VariableElement attribute : attributes) {
      try {
        Contribution read = attribute(scope, attribute);
        parts.add(read);
        byAttribute.put(attribute.getSimpleName().toString(), read.required());
      } catch (AbortProcessingException e) {
        failed = true;
      } catch (ReservedNameException e) {
        context.reporter().error(attribute, "'" + attribute.getSimpleName() + "' maps to a name "
            + "Hibernate cannot create: " + e.getMessage() + ".");
        failed = true;
      }
    }
    required.put(owner, byAttribute.values().stream().flatMap(List::stream).toList());
    return failed;
  }

  /**
   * {@code read}, a single-table subclass's contribution, without the columns (and their checks)
   * that a class read before it already put into the shared table just as it declares them:
   * sibling subclasses that each map {@code salary} share one column, as in Hibernate. Null, with
   * an error on the later attribute, when the two declare the column differently.
   */
  private Contribution sharedWithSiblings(Contribution read, Contribution before) {
    Map<String, SourcedColumn> existing = new HashMap<>();
    before.columns().forEach(c -> existing.putIfAbsent(c.column().name(), c));
    List<SourcedColumn> columns = new ArrayList<>();
    boolean conflict = false;
    for (SourcedColumn column : read.columns()) {
      SourcedColumn first = existing.get(column.column().name());
      if (first == null) {
        columns.add(column);
      } else if (!first.column().equals(column.column())) {
        context.reporter().error(column.origin(), "Column " + column.column().name()
            + " of the single table of this hierarchy is mapped by "
            + first.origin().getEnclosingElement().getSimpleName() + "." + first.origin()
            .getSimpleName() + " and here, differently. Sibling classes may share a column only "
            + "when they declare it alike (type, length, nullability, default); make them agree or "
            + "give one its own @Column(name = ...).");
        conflict = true;
      }
    }
    if (conflict) {
      return null;
    }
    List<CheckSpec> checks = read.checks().stream()
        .filter(check -> !before.checks().contains(check)).toList();
    return new Contribution(columns, read.keyColumns(), read.keySpellings(), read.foreignKeys(),
        read.uniques(), checks, read.indexes(), read.naturalId(), read.ownedTables(),
        read.foreignColumns(), read.required(), read.keyOrdered());
  }

  /**
   * Hibernate 7's check per concrete single-table subclass ({@code SingleTableSubclass
   * .createConstraints}): rows of that class have every nullable column of a required attribute
   * of the class and of its direct parent ({@code getNonDuplicatedProperties}) filled.
   */
  private void subclassChecks(EntityScope scope, TypeElement root,
      Map<TypeElement, List<String>> required, Contribution.Builder parts) {
    EntityHierarchy hierarchy = context.hierarchy();
    for (TypeElement subclass : hierarchy.descendants(root)) {
      if (subclass.getModifiers().contains(Modifier.ABSTRACT)) {
        continue;
      }
      List<String> columns = new ArrayList<>(
          required.getOrDefault(hierarchy.parent(subclass), List.of()));
      columns.addAll(required.getOrDefault(subclass, List.of()));
      if (!columns.isEmpty()) {
        parts.check(scope.subclass(hierarchy.discriminatorValue(subclass))
            .subclassRequires(columns));
      }
    }
  }

  /** One attribute, by its kind. */
  private Contribution attribute(EntityScope scope, VariableElement field) {
    return switch (AttributeKind.of(field, scope.entity(), context.fields(),
        context.values())) {
      case ELEMENT_COLLECTION -> Contribution.builder().ownedTable(new CollectionTableReader(
          context).read(field, declaringEntity(scope, field), scope.table())).build();
      case EMBEDDED_ID -> embeddedId(scope, field);
      case MAPS_ID_KEY -> Contribution.NONE;
      case INVERSE_SIDE -> references.inverseSide(field);
      case ONE_TO_MANY_JOIN_COLUMN -> references.oneToManyJoinColumn(scope, field);
      case JOIN_TABLE -> Contribution.builder().ownedTable(new JoinTableReader(context).read(
          field, AnnotationValues.has(field, Jpa.ONE_TO_MANY), scope.entity(), scope.table()))
          .build();
      case TO_ONE -> references.toOne(scope, field, AttributeKind.toOne(field).orElseThrow(),
          AnnotationValues.has(field, Jpa.ONE_TO_ONE), null);
      case EMBEDDED -> withoutRequired(embeddeds.read(scope, field));
      case BASIC -> basics.read(scope, field, Optional.empty(), false);
    };
  }

  /** An embedded value is composite: the subclass check leaves its columns out. */
  private static Contribution withoutRequired(Contribution read) {
    return new Contribution(read.columns(), read.keyColumns(), read.keySpellings(),
        read.foreignKeys(), read.uniques(),
        read.checks(), read.indexes(), read.naturalId(), read.ownedTables(),
        read.foreignColumns(), List.of(), read.keyOrdered());
  }

  private Contribution embeddedId(EntityScope scope, VariableElement field) {
    Contribution.Builder result = Contribution.builder();
    if (context.ids().derivedWhole(scope.entity())) {
      result.keyOrdered();
    }
    for (SpelledColumn key : context.ids().spelled(scope.entity(), field)) {
      context.spellings().column(scope.table(), key);
      result.column(key.column(), field).key(key.column().name(), key.spelling());
    }
    return result.build();
  }

  /**
   * A JOINED subclass's key: the root's id columns (renamed by {@code @PrimaryKeyJoinColumn}),
   * which are also a foreign key to the parent entity's table.
   */
  private Contribution inheritedKey(EntityScope scope) {
    TypeElement entity = scope.entity();
    TypeElement parent = context.hierarchy().parent(entity);
    List<Column> parentKey = context.ids().of(parent, entity);
    List<SpelledColumn> key = context.ids().spelled(entity, entity);
    Contribution.Builder result = Contribution.builder();
    key.forEach(c -> {
      context.spellings().column(scope.table(), c);
      result.column(c.column(), entity).key(c.column().name(), c.spelling());
    });
    List<String> names = key.stream().map(c -> c.column().name()).toList();
    return result.foreignKey(new ForeignKey(
        PostgresNames.foreignKey(scope.table().name(), names), names,
        context.tables().of(parent), parentKey.stream().map(Column::name).toList())
        .onDelete(context.onDelete().of(entity))).build();
  }

  /** The entity a field belongs to: its declaring entity, or the one read for a superclass. */
  private static TypeElement declaringEntity(EntityScope scope, VariableElement field) {
    Element owner = field.getEnclosingElement();
    return AnnotationValues.has(owner, Jpa.ENTITY) ? (TypeElement) owner : scope.entity();
  }
}
