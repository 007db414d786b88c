package dev.driftless.processor.mapping;

import dev.driftless.processor.element.AnnotationValues;
import dev.driftless.processor.element.Jpa;
import dev.driftless.processor.mapping.naming.ImplicitNames;
import dev.driftless.schema.QualifiedName;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/** The table an entity's rows live in: {@code @Table}, else the implicit name. */
final class TableNames {
  private final AnnotationValues values;
  private final ImplicitNames names;
  private final EntityHierarchy hierarchy;

  TableNames(AnnotationValues values, ImplicitNames names, EntityHierarchy hierarchy) {
    this.values = values;
    this.names = names;
    this.hierarchy = hierarchy;
  }

  /** The table {@code entity} maps to (for a single-table subclass, its root's). */
  QualifiedName of(TypeElement entity) {
    TypeElement owner = hierarchy.tableOwner(entity);
    Optional<AnnotationMirror> table = AnnotationValues.find(owner, Jpa.TABLE);
    String name = table.map(t -> values.string(t, "name")).orElse("");
    String schema = table.map(t -> values.string(t, "schema")).orElse("");
    return QualifiedName.of(
        schema.isEmpty() ? QualifiedName.DEFAULT_SCHEMA : names.physical(schema),
        name.isEmpty() ? names.table(names.entityName(owner)) : names.physical(name));
  }
}
