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
   * The column of {@code field}; {@code override} replaces its own {@code @Column} if present. In
   * an embeddable ({@code embedded}) a primitive does not make the column NOT NULL, as in
   * Hibernate: the whole embedded value may be null. A primitive with {@code @Column} is nullable
   * unless it says {@code nullable = false}, as in Hibernate (both lines).
   */
  Contribution read(EntityScope scope, VariableElement field,
      Optional<AnnotationMirror> override, boolean embedded) {
    return read(scope, field, override, AnnotationValues.find(field, Jpa.CONVERT), embedded);
  }

  /** The same with {@code convert} in place of the field's own {@code @Convert}. */
  Contribution read(EntityScope scope, VariableElement field,
      Optional<AnnotationMirror> override, Optional<AnnotationMirror> convert, boolean embedded) {
    AnnotationValues values = context.values();
    Optional<AnnotationMirror> column =
        override.isPresent() ? override : AnnotationValues.find(field, Jpa.COLUMN);
    ColumnType type = context.reporter().refusing(field, () -> context.types().columnType(field,
        column, context.types().typeIn(scope.entity(), field), convert))
        .orElseThrow(() -> context.reporter().abort(field,
            "Driftless cannot map the type " + field.asType() + " of field '"
                + field.getSimpleName() + "' to a PostgreSQL column. Supported types: "
                + TypeMapper.SUPPORTED + ". Mark the field @Transient if it is not persistent."));
    String explicit = column.map(c -> values.string(c, "name")).orElse("");
    String name = explicit.isEmpty() ? context.names().column(field.getSimpleName().toString())
        : context.names().physical(explicit);
    String spelling = context.names().spelling(
        explicit.isEmpty() ? field.getSimpleName().toString() : explicit, false);
    context.spellings().column(scope.table(), name, context.names().uncutSpelling(
        explicit.isEmpty() ? field.getSimpleName().toString() : explicit, false));
    boolean id = AnnotationValues.has(field, Jpa.ID);
    Optional<AnnotationMirror> basic = AnnotationValues.find(field, Jpa.BASIC);
    boolean basicOptional = basic.map(b -> values.bool(b, "optional")).orElse(true);
    // PropertyBinder.isOptional, which differs by line (HibernateLine.optional).
    boolean optional = !id && context.line().optional(basic.isPresent(), basicOptional,
        field.asType().getKind().isPrimitive(), embedded);
    // A single-table subclass's columns are FORCED_NULL: other classes' rows leave them empty.
    boolean forcedNull = scope.inSubclass();
    boolean nullable;
    if (column.isPresent()) {
      // With @Column its nullable decides (AnnotatedColumn.buildColumnFromAnnotation), even for
      // a primitive, in both lines.
      nullable = values.bool(column.get(), "nullable");
    } else {
      // Without it, AnnotatedColumn.buildColumnFromNoAnnotation: NOT NULL if not optional.
      nullable = forcedNull || optional;
    }
    if (!basicOptional && !forcedNull) {
      nullable = false; // PropertyBinder.shouldForceNotNull: @Basic(optional = false)
    }
    if (id) {
      nullable = false;
    }
    boolean mayBeNull = nullable;
    Contribution.Builder result = Contribution.builder();
    warnAboutConvertedBoolean(field);
    Optional<EnumType> named = context.namedEnums().typeOf(field);
    if (named.isPresent()) {
      context.shared().enumType(named.get(), field);
    } else {
      EnumChecks.of(field, name, values).ifPresent(check ->
          result.check(CheckSpec.unnamed(check, name)));
    }
    ColumnFacets.Faceted faceted = context.reporter().refusing(field, () -> scope.facets()
        .apply(field, column, Column.of(name, type).nullable(mayBeNull)));
    result.add(faceted.constraints());
    Column shaped = faceted.column();
    if (!optional && shaped.nullable()) {
      result.required(name); // listed by the single-table subclass checks (7)
    }
    if (id) {
      result.key(name, spelling);
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
