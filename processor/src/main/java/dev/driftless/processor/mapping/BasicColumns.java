package dev.driftless.processor.mapping;


import dev.driftless.processor.element.AnnotationValues;
import dev.driftless.processor.element.Jpa;
import dev.driftless.processor.mapping.Contribution.CheckSpec;
import dev.driftless.processor.mapping.types.TypeMapper;
import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.EnumType;
import dev.driftless.schema.PostgresNames;
import dev.driftless.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;

/**
 * A basic attribute's column: its type, name, nullability as Hibernate decides it, the enum check
 * or native enum type, the annotations' facets, and for an {@code @Id} its generation.
 */
final class BasicColumns {
  private final MappingContext context;
  private final IdGenerationReader idGeneration;

  BasicColumns(MappingContext context) {
    this.context = context;
    this.idGeneration = new IdGenerationReader(context);
  }

  /**
   * The column of {@code field}; {@code override} replaces its own {@code @Column} if present. A
   * primitive makes its column NOT NULL only when no {@code @Column} maps it, as in Hibernate,
   * which takes an explicit {@code @Column} at its word ({@code nullable} defaults to true); in an
   * embeddable ({@code embedded}) never, since the whole embedded value may be null. In a
   * single-table subclass a primitive's column is nullable with a check either way.
   */
  Contribution read(EntityScope scope, VariableElement field,
      Optional<AnnotationMirror> override, boolean embedded) {
    AnnotationValues values = context.values();
    Optional<AnnotationMirror> column =
        override.isPresent() ? override : AnnotationValues.find(field, Jpa.COLUMN);
    ColumnType type = context.reporter().refusing(field, () -> context.types().columnType(field,
        column, context.types().typeIn(scope.entity(), field)))
        .orElseThrow(() -> context.reporter().abort(field,
            "Driftless cannot map the type " + field.asType() + " of field '"
                + field.getSimpleName() + "' to a PostgreSQL column. Supported types: "
                + TypeMapper.SUPPORTED + ". Mark the field @Transient if it is not persistent."));
    String explicit = column.map(c -> values.string(c, "name")).orElse("");
    String name = explicit.isEmpty() ? context.names().column(field.getSimpleName().toString())
        : context.names().physical(explicit);
    boolean id = AnnotationValues.has(field, Jpa.ID);
    boolean declaredNullable = column.map(c -> values.bool(c, "nullable")).orElse(true)
        && AnnotationValues.find(field, Jpa.BASIC).map(b -> values.bool(b, "optional"))
            .orElse(true);
    boolean primitive = !embedded && field.asType().getKind().isPrimitive();
    Contribution.Builder result = Contribution.builder();
    boolean relaxed = !id && declaredNullable && primitive && scope.inSubclass();
    if (relaxed) {
      result.check(scope.subclassRequires(name));
    }
    // Only a primitive without @Column is NOT NULL; Hibernate takes an explicit @Column at its
    // word. A subclass's primitive gets the check either way (the attribute is not optional).
    boolean forcedByPrimitive = primitive && column.isEmpty();
    boolean nullable = !id && declaredNullable && (!forcedByPrimitive || relaxed);
    warnAboutConvertedBoolean(field);
    Optional<EnumType> named = context.namedEnums().typeOf(field);
    if (named.isPresent()) {
      context.shared().enumType(named.get(), field);
    } else {
      EnumChecks.of(field, name, values).ifPresent(check ->
          result.check(CheckSpec.unnamed(check, name)));
    }
    ColumnFacets.Faceted faceted = context.reporter().refusing(field, () -> scope.facets()
        .apply(field, column, Column.of(name, type).nullable(nullable)));
    result.add(faceted.constraints());
    Column shaped = faceted.column();
    if (id) {
      result.key(name);
      shaped = idGeneration.apply(shaped, field, type, scope.entity());
    } else if (column.map(c -> values.bool(c, "unique")).orElse(false)) {
      result.unique(new UniqueConstraint(
          PostgresNames.uniqueConstraint(scope.table().name(), List.of(name)), List.of(name)));
    }
    return result.column(shaped, field).build();
  }

  private void warnAboutConvertedBoolean(VariableElement field) {
    if (AnnotationValues.has(field, Jpa.CONVERT) && Set.of("boolean", "java.lang.Boolean")
        .contains(field.asType().toString())) {
      context.reporter().warning(field, "Hibernate adds a check to a converted Boolean column "
          + "whose values it learns by running the converter (IN (0, 1), say). Driftless does not "
          + "run your code at compile time, so its column has no such check; add "
          + "@Check(constraints = ...) if you want one.");
    }
  }
}
