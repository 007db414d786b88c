package dev.driftless.processor.mapping;

import dev.driftless.processor.element.AnnotationValues;
import dev.driftless.processor.element.EntityFields;
import dev.driftless.processor.element.Jpa;
import dev.driftless.processor.mapping.naming.ImplicitNames;
import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.PostgresNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Entity inheritance as Hibernate maps it. {@code SINGLE_TABLE} (the default): one table, the
 * root's, holding every subclass's columns and a discriminator ({@code DTYPE varchar(31)} unless
 * {@code @DiscriminatorColumn} says otherwise) checked against the known values. {@code JOINED}:
 * a table per class, each subclass's key also a foreign key to its parent's table.
 * {@code TABLE_PER_CLASS}: a table per concrete class with every inherited column.
 *
 * <p>Subclasses are visited in order of their qualified names, so the model never depends on
 * the order the compiler lists the classes in.
 */
final class EntityHierarchy {
  static final String NONE = "NONE";
  static final String SINGLE_TABLE = "SINGLE_TABLE";
  static final String JOINED = "JOINED";
  static final String TABLE_PER_CLASS = "TABLE_PER_CLASS";

  /** A discriminator column and the check on its values. */
  record Discriminator(Column column, String check) {}

  private final AnnotationValues values;
  private final ImplicitNames names;
  // Computed once: asked per entity and per reference, a scan would make large models quadratic.
  private final Map<TypeElement, List<TypeElement>> children = new HashMap<>();
  private final Map<TypeElement, TypeElement> parents = new HashMap<>();

  EntityHierarchy(AnnotationValues values, ImplicitNames names, Collection<TypeElement> known) {
    this.values = values;
    this.names = names;
    known.stream().sorted(Comparator.comparing(t -> t.getQualifiedName().toString()))
        .forEach(entity -> {
          TypeElement parent = parent(entity);
          if (parent != null) {
            children.computeIfAbsent(parent, p -> new ArrayList<>()).add(entity);
          }
        });
  }

  /** The nearest {@code @Entity} superclass, or null. */
  TypeElement parent(TypeElement entity) {
    return parents.computeIfAbsent(entity, EntityHierarchy::findParent);
  }

  private static TypeElement findParent(TypeElement entity) {
    for (TypeElement type = EntityFields.superclass(entity); type != null;
        type = EntityFields.superclass(type)) {
      if (AnnotationValues.has(type, Jpa.ENTITY)) {
        return type;
      }
    }
    return null;
  }

  TypeElement root(TypeElement entity) {
    TypeElement root = entity;
    for (TypeElement parent = parent(entity); parent != null; parent = parent(parent)) {
      root = parent;
    }
    return root;
  }

  /** The entities that extend {@code entity} directly. */
  List<TypeElement> children(TypeElement entity) {
    return children.getOrDefault(entity, List.of());
  }

  /** Every entity below {@code entity}, parents before children. */
  List<TypeElement> descendants(TypeElement entity) {
    List<TypeElement> all = new ArrayList<>();
    for (TypeElement child : children(entity)) {
      all.add(child);
      all.addAll(descendants(child));
    }
    return all;
  }

  /** The inheritance strategy of {@code entity}'s hierarchy, {@link #NONE} for a lone entity. */
  String strategy(TypeElement entity) {
    TypeElement root = root(entity);
    if (root.equals(entity) && children(root).isEmpty()) {
      return NONE;
    }
    return AnnotationValues.find(root, Jpa.INHERITANCE)
        .map(i -> values.enumConstant(i, "strategy")).orElse(SINGLE_TABLE);
  }

  /** Whether {@code entity} has a table of its own. */
  boolean hasTable(TypeElement entity) {
    return switch (strategy(entity)) {
      case SINGLE_TABLE -> root(entity).equals(entity);
      case TABLE_PER_CLASS -> !entity.getModifiers().contains(Modifier.ABSTRACT);
      default -> true;
    };
  }

  /** The entity whose table holds {@code entity}'s rows (itself, or its single-table root). */
  TypeElement tableOwner(TypeElement entity) {
    return strategy(entity).equals(SINGLE_TABLE) ? root(entity) : entity;
  }

  boolean isJoinedSubclass(TypeElement entity) {
    return strategy(entity).equals(JOINED) && !root(entity).equals(entity);
  }

  /**
   * The discriminator of the table of {@code entity}: always for a single-table root (a lone
   * entity too when {@code @DiscriminatorColumn} asks for it), for a joined root only when
   * {@code @DiscriminatorColumn} asks for it.
   */
  Optional<Discriminator> discriminatorColumn(TypeElement entity) {
    String strategy = strategy(entity);
    Optional<AnnotationMirror> annotation =
        AnnotationValues.find(entity, Jpa.DISCRIMINATOR_COLUMN);
    // A lone entity with @DiscriminatorColumn is a single-table root whose subclasses are yet to
    // come: Hibernate gives it the column (an explicit column, not only siblings, asks for one).
    boolean lone = strategy.equals(NONE) && annotation.isPresent()
        && AnnotationValues.find(entity, Jpa.INHERITANCE)
            .map(i -> values.enumConstant(i, "strategy")).orElse(SINGLE_TABLE)
            .equals(SINGLE_TABLE);
    boolean wanted = root(entity).equals(entity) && (strategy.equals(SINGLE_TABLE) || lone
        || (strategy.equals(JOINED) && annotation.isPresent()));
    if (!wanted) {
      return Optional.empty();
    }
    String name = annotation.map(a -> values.string(a, "name")).filter(n -> !n.isEmpty())
        .map(names::physical).orElseGet(names::discriminatorColumn);
    ColumnType type = switch (discriminatorType(entity)) {
      case "INTEGER" -> ColumnType.integer();
      case "CHAR" -> ColumnType.character(1);
      default -> ColumnType.varchar(annotation.map(a -> values.integer(a, "length")).orElse(31));
    };
    Column column = Column.of(name, type).notNull();
    List<String> literals = new ArrayList<>();
    List<TypeElement> classes = new ArrayList<>(List.of(entity));
    classes.addAll(descendants(entity));
    for (TypeElement type2 : classes) {
      if (!type2.getModifiers().contains(Modifier.ABSTRACT)) {
        literals.add(discriminatorValue(type2));
      }
    }
    return Optional.of(new Discriminator(column,
        PostgresNames.quote(column.name()) + " IN (" + String.join(", ", literals) + ")"));
  }

  /**
   * The discriminator value of {@code entity} as a SQL literal: {@code @DiscriminatorValue},
   * else the entity name (for {@code INTEGER}, its Java hash code, as Hibernate does).
   */
  String discriminatorValue(TypeElement entity) {
    String explicit = AnnotationValues.find(entity, Jpa.DISCRIMINATOR_VALUE)
        .map(v -> values.string(v, "value")).orElse("");
    String type = discriminatorType(root(entity));
    String value = explicit.isEmpty()
        ? (type.equals("INTEGER") ? String.valueOf(names.entityName(entity).hashCode())
            : names.entityName(entity))
        : explicit;
    return type.equals("INTEGER") ? value : PostgresNames.literal(value);
  }

  private String discriminatorType(TypeElement root) {
    return AnnotationValues.find(root, Jpa.DISCRIMINATOR_COLUMN)
        .map(a -> values.enumConstant(a, "discriminatorType")).orElse("STRING");
  }
}
