package dev.driftless.processor.mapping;

import dev.driftless.processor.element.AbortProcessingException;
import dev.driftless.processor.element.AnnotationValues;
import dev.driftless.processor.element.Converters;
import dev.driftless.processor.element.EntityFields;
import dev.driftless.processor.element.ErrorReporter;
import dev.driftless.processor.mapping.Contribution.SourcedColumn;
import dev.driftless.processor.mapping.naming.ConstraintNaming;
import dev.driftless.processor.mapping.naming.HibernateLine;
import dev.driftless.processor.mapping.naming.ImplicitNames;
import dev.driftless.processor.mapping.naming.NamingStrategy;
import dev.driftless.processor.mapping.naming.Quoting;
import dev.driftless.processor.mapping.naming.ReservedNameException;
import dev.driftless.processor.mapping.types.NamedEnums;
import dev.driftless.processor.mapping.types.TypeMapper;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Types;

/**
 * Reads {@code @Entity} classes (through {@code javax.lang.model}, at compile time) into the
 * {@link Schema} that Hibernate would create for them on PostgreSQL: the mapping stage's entry.
 *
 * <p>Every mapping it cannot read yet is a compiler error on the element, naming the fix; it never
 * guesses. If any error was reported the result must not be diffed, since a missing table would
 * look like a dropped one.
 */
public final class JpaModelReader {
  private final AnnotationValues values;
  private final TypeMapper types;
  private final NamedEnums namedEnums;
  private final EntityFields fields;
  private final ErrorReporter reporter;
  private final ImplicitNames names;
  private final HibernateLine line;
  private final ConstraintNaming constraintNames;

  /**
   * A reader of the schema that Hibernate's {@code line} exports.
   *
   * @param naming the physical naming strategy Hibernate uses
   * @param quoting which names Hibernate quotes
   * @param quotedColumnDefinitions whether Hibernate quotes {@code columnDefinition} as a name
   *     (global quoting without {@code globally_quoted_identifiers_skip_column_definitions})
   * @param constraintNames how the foreign keys, unique constraints and indexes no annotation
   *     names are named
   */
  public JpaModelReader(AnnotationValues values, Types typeUtils, Converters converters,
      ErrorReporter reporter, NamingStrategy naming, Quoting quoting,
      boolean quotedColumnDefinitions, HibernateLine line, ConstraintNaming constraintNames) {
    this.values = values;
    this.namedEnums = new NamedEnums(values);
    this.types = new TypeMapper(values, typeUtils, converters, line.timePrecision(),
        quotedColumnDefinitions);
    this.fields = new EntityFields(values, reporter);
    this.reporter = reporter;
    this.names = new ImplicitNames(naming.on(line), quoting, values);
    this.line = line;
    this.constraintNames = constraintNames;
  }

  /** The model of {@code entities}; check {@link ErrorReporter#hasErrors()} before using it. */
  public MappedModel read(Collection<TypeElement> entities) {
    Set<TypeElement> known = Set.copyOf(entities);
    EntityHierarchy hierarchy = new EntityHierarchy(values, names, known);
    Spellings spellings = new Spellings();
    TableNames tables = new TableNames(values, names, hierarchy, reporter, spellings);
    MappingContext context = new MappingContext(values, types, namedEnums, fields, reporter,
        names, hierarchy, tables,
        new IdColumns(values, types, fields, reporter, names, hierarchy, tables), known,
        new SharedObjects(reporter), new OnDeleteActions(values, fields), line, spellings);
    EntityTableReader reader = new EntityTableReader(context);
    UnsupportedAnnotations unsupported = new UnsupportedAnnotations(values, fields, reporter);
    List<EntityTableReader.EntityTable> read = new ArrayList<>();
    for (TypeElement entity : entities) {
      try {
        if (unsupported.report(entity)) {
          continue; // reported on the elements; the other entities are read for their errors
        }
      } catch (AbortProcessingException e) {
        continue; // its attributes cannot be listed, which is reported on the element
      }
      if (!hierarchy.hasTable(entity)) {
        continue; // a single-table subclass (read with its root) or an abstract class
      }
      try {
        read.add(reader.read(entity));
      } catch (AbortProcessingException e) {
        // Reported on the element; keep reading the others to report all errors at once.
      } catch (ReservedNameException e) {
        reporter.error(entity, "Entity " + entity.getSimpleName() + " maps to a name Hibernate "
            + "cannot create: " + e.getMessage() + ".");
      } catch (RuntimeException e) {
        // A mapping we did not foresee must not crash javac ("an annotation processor threw an
        // uncaught exception"): it is an error on the entity, and nothing is written.
        reporter.error(entity, "Driftless could not read the mapping of "
            + entity.getSimpleName() + ": " + e + ". This is a gap in Driftless, not in your "
            + "code if Hibernate accepts it: please report it with this entity's mapping.");
      }
    }
    // As Hibernate binds them: entities' tables first, then collection and join tables, then the
    // columns one-to-many associations put into other tables; a table two mappings share is one.
    SharedTables shared = new SharedTables(reporter);
    Map<QualifiedName, Element> tableOrigins = new LinkedHashMap<>();
    for (EntityTableReader.EntityTable entityTable : read) {
      Map<String, Element> columns = new LinkedHashMap<>();
      for (SourcedColumn column : entityTable.parts().columns()) {
        columns.putIfAbsent(column.column().name(), column.origin());
      }
      if (shared.add(entityTable.table(), tables.logicalKey(entityTable.entity()),
          entityTable.entity(), columns, SharedTables.Key.ENTITY)) {
        tableOrigins.putIfAbsent(entityTable.table().name(), entityTable.entity());
      }
    }
    for (EntityTableReader.EntityTable entityTable : read) {
      for (Contribution.OwnedTable owned : entityTable.parts().ownedTables()) {
        shared.add(owned.table(), owned.logicalName(), owned.origin(), Map.of(), owned.key());
      }
    }
    for (EntityTableReader.EntityTable entityTable : read) {
      entityTable.parts().foreignColumns().forEach(shared::addForeignColumn);
    }
    List<Table> all = new ArrayList<>(shared.tables());
    for (Table generator : context.shared().generatorTables()) {
      if (shared.has(generator.name())) {
        reporter.error(shared.origin(generator.name()), "Table " + generator.name() + " is both "
            + "an entity's table and an id generator's (@TableGenerator). Rename one of them.");
      } else {
        all.add(generator);
      }
    }
    Map<QualifiedName, Map<String, Element>> columnOrigins = new LinkedHashMap<>();
    tableOrigins.keySet().forEach(t -> columnOrigins.put(t, shared.columnOrigins().get(t)));
    Schema schema = new Schema(all, context.shared().sequences(), List.of(),
        context.shared().enums());
    if (constraintNames == ConstraintNaming.HIBERNATE) {
      schema = new HibernateConstraintNames(spellings, names).apply(schema);
    }
    return new MappedModel(schema, new Origins(tableOrigins, columnOrigins));
  }
}
