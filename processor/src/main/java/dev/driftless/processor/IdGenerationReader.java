package dev.driftless.processor;

import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.PostgresNames;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Sequence;
import dev.driftless.schema.Table;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * How {@code @GeneratedValue} shapes an id column, and the sequence it may need, as Hibernate 6/7
 * does it: {@code IDENTITY} is an identity column; {@code SEQUENCE} (and {@code AUTO} on a number)
 * is a sequence named by {@code @SequenceGenerator} or {@code <entity>_SEQ}, incremented by the
 * allocation size (50 by default).
 */
final class IdGenerationReader {
  private final AnnotationValues values;
  private final ErrorReporter reporter;
  private final NamingStrategy naming;

  IdGenerationReader(AnnotationValues values, ErrorReporter reporter, NamingStrategy naming) {
    this.values = values;
    this.reporter = reporter;
    this.naming = naming;
  }

  /**
   * {@code column} as the id's generation makes it; a sequence it needs goes into
   * {@code sequences} (shared by all entities, so two declarations must agree).
   */
  Column apply(Column column, VariableElement field, ColumnType type, TypeElement entity,
      String entityName, ModelParts parts) {
    Map<QualifiedName, Sequence> sequences = parts.sequences();
    Optional<AnnotationMirror> generated = AnnotationValues.find(field, Jpa.GENERATED_VALUE);
    if (generated.isEmpty()) {
      return column;
    }
    String strategy = values.enumConstant(generated.get(), "strategy");
    boolean integral = Set.of("bigint", "integer", "smallint").contains(type.sql());
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
          addSequence(field, entity, entityName, values.string(generated.get(), "generator"),
              sequences);
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
        addGeneratorTable(field, entity, values.string(generated.get(), "generator"), parts);
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
  private void addGeneratorTable(VariableElement field, TypeElement entity, String generator,
      ModelParts parts) {
    Optional<AnnotationMirror> definition = List.of(field, entity).stream()
        .flatMap(e -> AnnotationValues.find(e, Jpa.TABLE_GENERATOR).stream())
        .filter(g -> generator.isEmpty() || values.string(g, "name").equals(generator))
        .findFirst();
    String name = text(definition, "table", "hibernate_sequences");
    String schema = definition.map(g -> values.string(g, "schema")).filter(n -> !n.isEmpty())
        .map(naming::physical).orElse(QualifiedName.DEFAULT_SCHEMA);
    String key = naming.physical(text(definition, "pkColumnName", "sequence_name"));
    String value = naming.physical(text(definition, "valueColumnName", "next_val"));
    QualifiedName tableName = QualifiedName.of(schema, naming.physical(name));
    Table table = Table.builder(tableName)
        .column(Column.of(key, ColumnType.varchar(TypeMapper.DEFAULT_LENGTH)).notNull())
        .column(Column.of(value, ColumnType.bigint()))
        .primaryKey(PostgresNames.primaryKey(tableName.name()), key)
        .build();
    Table clash = parts.generatorTables().putIfAbsent(tableName, table);
    if (clash != null && !clash.equals(table)) {
      throw reporter.abort(field, "Generator table " + tableName + " is declared twice with "
          + "different columns. Make the @TableGenerator declarations agree.");
    }
  }

  private String text(Optional<AnnotationMirror> annotation, String member, String otherwise) {
    return annotation.map(a -> values.string(a, member)).filter(n -> !n.isEmpty())
        .orElse(otherwise);
  }

  private void addSequence(VariableElement field, TypeElement entity, String entityName,
      String generator, Map<QualifiedName, Sequence> sequences) {
    Optional<AnnotationMirror> definition = List.of(field, entity).stream()
        .flatMap(e -> AnnotationValues.find(e, Jpa.SEQUENCE_GENERATOR).stream())
        .filter(g -> generator.isEmpty() || values.string(g, "name").equals(generator))
        .findFirst();
    String logical = definition.map(g -> values.string(g, "sequenceName"))
        .filter(n -> !n.isEmpty())
        .orElse(generator.isEmpty() ? entityName + "_SEQ" : generator);
    String schema = definition.map(g -> values.string(g, "schema"))
        .filter(n -> !n.isEmpty()).map(naming::physical)
        .orElse(QualifiedName.DEFAULT_SCHEMA);
    Sequence sequence = new Sequence(QualifiedName.of(schema, naming.physical(logical)),
        definition.map(g -> values.integer(g, "initialValue")).orElse(1),
        definition.map(g -> values.integer(g, "allocationSize")).orElse(50));
    Sequence clash = sequences.putIfAbsent(sequence.name(), sequence);
    if (clash != null && !clash.equals(sequence)) {
      throw reporter.abort(field, "Sequence " + sequence.name() + " is declared twice with "
          + "different settings (" + clash + " and " + sequence + "). Make the "
          + "@SequenceGenerator declarations agree.");
    }
  }
}
