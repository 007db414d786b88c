package dev.driftless.processor.mapping;


import dev.driftless.processor.element.AnnotationValues;
import dev.driftless.processor.element.ErrorReporter;
import dev.driftless.processor.element.Jpa;
import dev.driftless.processor.mapping.types.TypeMapper;
import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.PostgresNames;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Sequence;
import dev.driftless.schema.Table;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * How {@code @GeneratedValue} shapes an id column, and the sequence it may need, as Hibernate 6/7
 * does it: {@code IDENTITY} is an identity column; {@code SEQUENCE} (and {@code AUTO} on a number)
 * is a sequence named by {@code @SequenceGenerator} or {@code <table>_SEQ}, incremented by the
 * allocation size (50 by default).
 */
final class IdGenerationReader {
  private final MappingContext context;
  private final AnnotationValues values;
  private final ErrorReporter reporter;

  IdGenerationReader(MappingContext context) {
    this.context = context;
    this.values = context.values();
    this.reporter = context.reporter();
  }

  /**
   * {@code column} as the id's generation makes it; a sequence or generator table it needs is
   * registered with the model's shared objects (so two declarations must agree).
   */
  Column apply(Column column, VariableElement field, ColumnType type, TypeElement entity) {
    Optional<AnnotationMirror> generated = AnnotationValues.find(field, Jpa.GENERATED_VALUE);
    if (generated.isEmpty()) {
      return column;
    }
    EntityHierarchy hierarchy = context.hierarchy();
    TypeElement root = hierarchy.root(entity);
    String strategy = values.enumConstant(generated.get(), "strategy");
    if (hierarchy.strategy(entity).equals(EntityHierarchy.TABLE_PER_CLASS)
        && strategy.equals("IDENTITY")) {
      throw reporter.abort(field, "TABLE_PER_CLASS inheritance cannot use IDENTITY ids: the "
          + "classes share one id space across tables. Use GenerationType.SEQUENCE, as "
          + "Hibernate requires.");
    }
    boolean integral = !type.isArray()
        && Set.of("bigint", "integer", "smallint").contains(type.baseName());
    switch (strategy) {
      case "IDENTITY" -> {
        if (!integral) {
          throw reporter.abort(field, "IDENTITY needs an integral id (Long, Integer); '"
              + field.getSimpleName() + "' is " + field.asType() + ".");
        }
        return column.generatedAsIdentity();
      }
      case "SEQUENCE", "AUTO" -> {
        if (integral) {
          addSequence(field, root, values.string(generated.get(), "generator"));
        } else if (!type.equals(ColumnType.uuid())) {
          throw reporter.abort(field, "@GeneratedValue(" + strategy + ") needs a numeric or "
              + "UUID id; '" + field.getSimpleName() + "' is " + field.asType() + ".");
        }
        return column;
      }
      case "UUID" -> {
        return column;
      }
      case "TABLE" -> {
        addGeneratorTable(field, root, values.string(generated.get(), "generator"));
        return column;
      }
      default -> throw reporter.abort(field, "@GeneratedValue(strategy = " + strategy
          + ") is not supported by Driftless; use IDENTITY, SEQUENCE, TABLE or UUID.");
    }
  }

  /**
   * The table behind {@code GenerationType.TABLE}: {@code hibernate_sequences(sequence_name,
   * next_val)} unless {@code @TableGenerator} names it. Hibernate inserts a generator's row the
   * first time it needs it, so the table is all the schema holds.
   */
  private void addGeneratorTable(VariableElement field, TypeElement entity, String generator) {
    Optional<AnnotationMirror> definition = declaration(field, entity, Jpa.TABLE_GENERATOR,
        Jpa.TABLE_GENERATORS, generator);
    String schema = definition.map(g -> values.string(g, "schema")).filter(n -> !n.isEmpty())
        .map(context.names()::physical).orElse(QualifiedName.DEFAULT_SCHEMA);
    String key = explicit(definition, "pkColumnName")
        .orElseGet(context.names()::generatorKeyColumn);
    String value = explicit(definition, "valueColumnName")
        .orElseGet(context.names()::generatorValueColumn);
    // Hibernate's StandardNamingStrategy.implicitTableName: the generator's name, if it has one.
    QualifiedName tableName = QualifiedName.of(schema, explicit(definition, "table")
        .orElseGet(() -> generator.isEmpty() ? context.names().generatorTable()
            : context.names().physical(generator)));
    context.shared().generatorTable(Table.builder(tableName)
        .column(Column.of(key, ColumnType.varchar(TypeMapper.DEFAULT_LENGTH)).notNull())
        .column(Column.of(value, ColumnType.bigint()))
        .primaryKey(PostgresNames.primaryKey(tableName.name()), key)
        .build(), field);
  }

  private void addSequence(VariableElement field, TypeElement entity, String generator) {
    Optional<AnnotationMirror> definition = declaration(field, entity, Jpa.SEQUENCE_GENERATOR,
        Jpa.SEQUENCE_GENERATORS, generator);
    String name = explicit(definition, "sequenceName").orElseGet(() -> generator.isEmpty()
        ? context.names().defaultSequence(context.tables().of(entity).name())
        : context.names().physical(generator));
    String schema = definition.map(g -> values.string(g, "schema"))
        .filter(n -> !n.isEmpty()).map(context.names()::physical)
        .orElse(QualifiedName.DEFAULT_SCHEMA);
    context.shared().sequence(new Sequence(QualifiedName.of(schema, name),
        definition.map(g -> values.integer(g, "initialValue")).orElse(1),
        definition.map(g -> values.integer(g, "allocationSize")).orElse(50)), field);
  }

  /**
   * The generator annotation on the field or the entity that {@code generator} names; in a line
   * whose generator names are global (6.6, {@link
   * dev.driftless.processor.mapping.naming.HibernateLine#globalGenerators}), else on the class or
   * fields of an entity bound before this one. Repeated declarations are inside their
   * {@code container} ({@code @SequenceGenerators}), where Hibernate finds them too.
   */
  private Optional<AnnotationMirror> declaration(VariableElement field, TypeElement entity,
      String annotation, String container, String generator) {
    Optional<AnnotationMirror> local = List.of(field, entity).stream()
        .flatMap(e -> values.repeated(e, annotation, container).stream())
        .filter(g -> generator.isEmpty() || values.string(g, "name").equals(generator))
        .findFirst();
    if (local.isPresent() || generator.isEmpty() || !context.line().globalGenerators()) {
      return local;
    }
    // 6.6 looks the name up while it binds the entity, so only generators of entities bound
    // before it are known: those that sort before it, the order Spring Boot's scanning registers.
    String using = entity.getQualifiedName().toString();
    return context.known().stream()
        .filter(t -> t.getQualifiedName().toString().compareTo(using) < 0)
        .sorted(java.util.Comparator.comparing(t -> t.getQualifiedName().toString()))
        .flatMap(e -> java.util.stream.Stream.concat(java.util.stream.Stream.of(e),
            e.getEnclosedElements().stream()))
        .flatMap(e -> values.repeated(e, annotation, container).stream())
        .filter(g -> values.string(g, "name").equals(generator))
        .findFirst();
  }

  /** A non-empty name an annotation member gives, as a physical name. */
  private Optional<String> explicit(Optional<AnnotationMirror> annotation, String member) {
    return annotation.map(a -> values.string(a, member)).filter(n -> !n.isEmpty())
        .map(context.names()::physical);
  }
}
