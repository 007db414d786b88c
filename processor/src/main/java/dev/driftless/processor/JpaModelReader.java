package dev.driftless.processor;

import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.EnumType;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Sequence;
import dev.driftless.schema.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Types;

/**
 * Reads {@code @Entity} classes (through {@code javax.lang.model}, at compile time) into the
 * {@link Schema} that Hibernate would create for them on PostgreSQL.
 *
 * <p>Every mapping it cannot read yet is a compiler error on the element, naming the fix; it never
 * guesses. If any error was reported the result must not be diffed, since a missing table would
 * look like a dropped one.
 */
final class JpaModelReader {
  final AnnotationValues values;
  final TypeMapper types;
  final EntityFields fields;
  final IdGenerationReader idGeneration;
  final NamedEnums namedEnums;
  final ErrorReporter reporter;
  final NamingStrategy naming;
  private final ChangeIntents intents;
  private EntityHierarchy hierarchy;

  JpaModelReader(AnnotationValues values, Types typeUtils, Converters converters,
      ErrorReporter reporter, NamingStrategy naming) {
    this.values = values;
    this.types = new TypeMapper(values, typeUtils, converters);
    this.fields = new EntityFields(values, reporter);
    this.idGeneration = new IdGenerationReader(values, reporter, naming);
    this.namedEnums = new NamedEnums(values);
    this.reporter = reporter;
    this.naming = naming;
    this.intents = new ChangeIntents(values);
  }

  /** The schema of {@code entities}; check {@link ErrorReporter#hasErrors()} before using it. */
  Schema read(Collection<TypeElement> entities) {
    List<Table> tables = new ArrayList<>();
    Map<QualifiedName, Sequence> sequences = new TreeMap<>();
    Map<QualifiedName, EnumType> enums = new TreeMap<>();
    Set<TypeElement> known = Set.copyOf(entities);
    hierarchy = new EntityHierarchy(values, this, known);
    ModelParts parts = new ModelParts(known, hierarchy, sequences, enums, new ArrayList<>(),
        new TreeMap<>());
    Map<QualifiedName, TypeElement> owners = new HashMap<>();
    for (TypeElement entity : entities) {
      if (!hierarchy.hasTable(entity)) {
        continue; // a single-table subclass (read with its root) or an abstract class
      }
      try {
        EntityTableReader reader = new EntityTableReader(this, parts, entity);
        List<Table> read = new ArrayList<>(List.of(reader.read()));
        read.addAll(reader.joinTables);
        for (Table table : read) {
          TypeElement other = owners.putIfAbsent(table.name(), entity);
          if (other != null) {
            throw reporter.abort(entity, entity.getSimpleName() + " and "
                + other.getSimpleName() + " both map to table " + table.name() + " (PostgreSQL "
                + "cuts names to 63 bytes). Give one of them its own @Table, @JoinTable or "
                + "@CollectionTable name.");
          }
        }
        tables.addAll(read);
      } catch (AbortProcessingException e) {
        // Reported on the element; keep reading the others to report all errors at once.
      }
    }
    for (Table generator : parts.generatorTables().values()) {
      if (owners.containsKey(generator.name())) {
        reporter.error(owners.get(generator.name()), "Table " + generator.name() + " is both an "
            + "entity's table and an id generator's (@TableGenerator). Rename one of them.");
      } else {
        tables.add(generator);
      }
    }
    return new Schema(withForeignColumns(tables, parts.foreignColumns()),
        List.copyOf(sequences.values()), List.of(),
        List.copyOf(enums.values()));
  }

  /** {@code tables} with the columns other entities put into them. */
  private static List<Table> withForeignColumns(List<Table> tables,
      List<ModelParts.ForeignColumn> foreign) {
    if (foreign.isEmpty()) {
      return tables;
    }
    List<Table> result = new ArrayList<>();
    for (Table table : tables) {
      Table.Builder builder = table.toBuilder();
      for (ModelParts.ForeignColumn column : foreign) {
        if (column.table().equals(table.name())) {
          builder.column(column.column());
          if (column.foreignKey() != null) {
            builder.foreignKey(column.foreignKey());
          }
          if (column.check() != null) {
            builder.check(column.check());
          }
        }
      }
      result.add(builder.build());
    }
    return result;
  }

  /** Renames, confirmed drops and origins announced by the entities just read. */
  ChangeIntents intents() {
    return intents;
  }

  /** The entity name: {@code @Entity(name)} or the simple class name. */
  String entityName(TypeElement entity) {
    String name = AnnotationValues.find(entity, Jpa.ENTITY)
        .map(e -> values.string(e, "name")).orElse("");
    return name.isEmpty() ? entity.getSimpleName().toString() : name;
  }

  /** The table {@code entity} maps to (for a single-table subclass, its root's). */
  QualifiedName tableNameOf(TypeElement entity) {
    TypeElement owner = hierarchy == null ? entity : hierarchy.tableOwner(entity);
    Optional<AnnotationMirror> table = AnnotationValues.find(owner, Jpa.TABLE);
    String name = table.map(t -> values.string(t, "name")).orElse("");
    String schema = table.map(t -> values.string(t, "schema")).orElse("");
    return QualifiedName.of(
        schema.isEmpty() ? QualifiedName.DEFAULT_SCHEMA : naming.physical(schema),
        naming.physical(name.isEmpty() ? entityName(owner) : name));
  }

  private String columnName(VariableElement field) {
    String explicit = AnnotationValues.find(field, Jpa.COLUMN)
        .map(c -> values.string(c, "name")).orElse("");
    return naming.physical(explicit.isEmpty() ? field.getSimpleName().toString() : explicit);
  }

  /** The primary-key column of {@code entity}, as a plain column a foreign key can point at. */
  Column idColumn(TypeElement entity, Element referencing) {
    List<Column> columns = idColumns(entity, referencing);
    if (columns.size() != 1) {
      throw reporter.abort(referencing, "Driftless maps this reference only to entities with "
          + "one id column; " + entity.getSimpleName() + " has " + columns.size() + ".");
    }
    return columns.get(0);
  }

  /**
   * The primary-key columns of {@code entity}, as plain columns a foreign key can point at. A
   * joined subclass names them after its parent's unless {@code @PrimaryKeyJoinColumn} renames
   * them.
   */
  List<Column> idColumns(TypeElement entity, Element referencing) {
    List<VariableElement> all = fields.allFields(entity);
    Optional<VariableElement> embedded = all.stream()
        .filter(f -> AnnotationValues.has(f, Jpa.EMBEDDED_ID)).findFirst();
    if (embedded.isPresent()) {
      return embeddedId(embedded.get());
    }
    Optional<VariableElement> mapsId = all.stream()
        .filter(f -> AnnotationValues.has(f, Jpa.MAPS_ID)).findFirst();
    if (mapsId.isPresent()) {
      TypeElement target = (TypeElement) ((DeclaredType) mapsId.get().asType()).asElement();
      return idColumns(target, referencing).stream().map(c -> Column.of(
          naming.physical(mapsId.get().getSimpleName() + "_" + c.name()), c.type()).notNull())
          .toList();
    }
    List<VariableElement> ids = all.stream()
        .filter(f -> AnnotationValues.has(f, Jpa.ID)).toList();
    if (ids.isEmpty()) {
      throw reporter.abort(referencing, entity.getSimpleName() + " has no @Id or @EmbeddedId.");
    }
    List<Column> columns = new ArrayList<>();
    for (VariableElement id : ids) {
      ColumnType type = mapped(id, () -> types.columnType(id, AnnotationValues.find(id,
          Jpa.COLUMN), types.typeIn(entity, id))).orElseThrow(() -> reporter.abort(
          referencing, "The @Id of " + entity.getSimpleName() + " has an unsupported type "
              + id.asType()));
      columns.add(Column.of(idColumnName(entity, id), type).notNull());
    }
    return columns.size() == 1 ? columns : HibernateColumnOrder.sort(columns);
  }

  /** The columns of an {@code @EmbeddedId}: the embeddable's fields, NOT NULL, in key order. */
  private List<Column> embeddedId(VariableElement field) {
    TypeElement type = (TypeElement) ((DeclaredType) field.asType()).asElement();
    List<Column> columns = new ArrayList<>();
    for (VariableElement part : fields.persistentFields(type)) {
      ColumnType columnType = mapped(part, () -> types.columnType(part)).orElseThrow(() ->
          reporter.abort(part, "Driftless cannot map the type " + part.asType() + " of id part '"
              + part.getSimpleName() + "'."));
      columns.add(Column.of(columnName(part), columnType).notNull());
    }
    return HibernateColumnOrder.sort(columns);
  }

  private String idColumnName(TypeElement entity, VariableElement id) {
    if (hierarchy != null && hierarchy.isJoinedSubclass(entity)) {
      String explicit = AnnotationValues.find(entity, Jpa.PRIMARY_KEY_JOIN_COLUMN)
          .map(p -> values.string(p, "name")).orElse("");
      return explicit.isEmpty() ? idColumnName(hierarchy.parent(entity), id)
          : naming.physical(explicit);
    }
    return columnName(id);
  }



  /** Runs {@code work}, turning a refusal into an error on {@code element}. */
  <T> T mapped(Element element, java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (IllegalArgumentException e) {
      throw reporter.abort(element, e.getMessage() + ".");
    }
  }

  static String simple(String annotation) {
    return annotation.substring(annotation.lastIndexOf('.') + 1);
  }
}
