package dev.driftless.processor;

import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Sequence;
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
      String entityName, Map<QualifiedName, Sequence> sequences) {
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
      default -> throw reporter.abort(field, "@GeneratedValue(strategy = " + strategy
          + ") is not supported by Driftless yet; use IDENTITY or SEQUENCE.");
    }
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
