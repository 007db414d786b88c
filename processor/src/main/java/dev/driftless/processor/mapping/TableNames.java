package dev.driftless.processor.mapping;

import dev.driftless.processor.element.AnnotationValues;
import dev.driftless.processor.element.ErrorReporter;
import dev.driftless.processor.element.Jpa;
import dev.driftless.processor.mapping.naming.ImplicitNames;
import dev.driftless.processor.mapping.naming.ReservedNameException;
import dev.driftless.schema.QualifiedName;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * The table an entity's rows live in: {@code @Table}, else the implicit name. A name PostgreSQL
 * reserves is reported once, on the entity, however many references ask for it.
 */
final class TableNames {
  private final AnnotationValues values;
  private final ImplicitNames names;
  private final EntityHierarchy hierarchy;
  private final ErrorReporter reporter;
  private final Spellings spellings;
  private final Set<TypeElement> reported = new HashSet<>();

  TableNames(AnnotationValues values, ImplicitNames names, EntityHierarchy hierarchy,
      ErrorReporter reporter, Spellings spellings) {
    this.values = values;
    this.names = names;
    this.hierarchy = hierarchy;
    this.reporter = reporter;
    this.spellings = spellings;
  }

  /** The table {@code entity} maps to (for a single-table subclass, its root's). */
  QualifiedName of(TypeElement entity) {
    TypeElement owner = hierarchy.tableOwner(entity);
    Optional<AnnotationMirror> table = AnnotationValues.find(owner, Jpa.TABLE);
    String name = table.map(t -> values.string(t, "name")).orElse("");
    String schema = table.map(t -> values.string(t, "schema")).orElse("");
    QualifiedName qualified = QualifiedName.of(
        schema.isEmpty() ? QualifiedName.DEFAULT_SCHEMA
            : checked(owner, "schema", () -> names.physical(schema)),
        checked(owner, "table", () -> name.isEmpty() ? names.table(names.entityName(owner))
            : names.physical(name)));
    spellings.table(qualified, names.uncutSpelling(logical(entity), quoted(entity)),
        quoted(entity));
    return qualified;
  }

  /**
   * Whether Hibernate quotes the table of {@code entity}: then it quotes the implicit names built
   * on it too (collection and join tables, join columns referring to it).
   */
  boolean quoted(TypeElement entity) {
    return names.quotes(logicalName(entity));
  }

  /**
   * The logical name of {@code entity}'s table, without quotes: the {@code @Table} name as
   * written, else the entity name. Hibernate builds an implicit join table name from these.
   */
  String logical(TypeElement entity) {
    String name = logicalName(entity).strip();
    return names.quotes(name) && name.length() > 2 && "\"`[".indexOf(name.charAt(0)) >= 0
        ? name.substring(1, name.length() - 1) : name;
  }

  /**
   * The logical name of {@code entity}'s table as Hibernate compares them (schema, then the name
   * in lower case unless quoted): entities of one logical name share one table.
   */
  String logicalKey(TypeElement entity) {
    return of(entity).schema() + "." + names.logicalKey(logicalName(entity), false);
  }

  private String logicalName(TypeElement entity) {
    TypeElement owner = hierarchy.tableOwner(entity);
    String name = AnnotationValues.find(owner, Jpa.TABLE).map(t -> values.string(t, "name"))
        .orElse("");
    return name.isEmpty() ? names.entityName(owner) : name;
  }

  /** The name {@code physical} makes; a reserved one is an error on the entity, reported once. */
  private String checked(TypeElement owner, String what, Supplier<String> physical) {
    try {
      return physical.get();
    } catch (ReservedNameException e) {
      if (reported.add(owner)) {
        reporter.error(owner, "Entity " + owner.getSimpleName() + " maps to " + what + " '"
            + e.name() + "': " + e.getMessage() + ". For a table, that is @Table(name = ...).");
      }
      return e.name();
    }
  }
}
