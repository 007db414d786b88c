package dev.driftless.processor.mapping;

import dev.driftless.processor.element.AnnotationValues;
import dev.driftless.processor.element.Hibernate;
import dev.driftless.processor.element.Jpa;
import dev.driftless.processor.mapping.Contribution.CheckSpec;
import dev.driftless.processor.mapping.naming.HibernateLine;
import dev.driftless.processor.mapping.naming.ImplicitNames;
import dev.driftless.processor.mapping.types.ColumnDefinition;
import dev.driftless.schema.Column;
import dev.driftless.schema.PostgresNames;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.UniqueConstraint;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * What annotations say about a column and its table beyond name and type: defaults, comments,
 * checks and uniqueness from Jakarta Persistence 3.2 ({@code @Column(comment, check, options)},
 * {@code @Table(comment, check)}) and from Hibernate's DDL annotations ({@code @ColumnDefault},
 * {@code @Comment}, {@code @Check}, {@code @NaturalId}), read by name.
 */
final class ColumnFacets {
  private final AnnotationValues values;
  private final ImplicitNames names;
  private final QualifiedName table;
  private final HibernateLine line;

  ColumnFacets(AnnotationValues values, ImplicitNames names, QualifiedName table,
      HibernateLine line) {
    this.values = values;
    this.names = names;
    this.table = table;
    this.line = line;
  }

  /** A column as its annotations shape it, with the constraints they put on the table. */
  record Faceted(Column column, Contribution constraints) {}

  /**
   * {@code base} with the default, comment and nullability the annotations give, and the checks,
   * unique constraints and natural-id membership they declare.
   *
   * @throws IllegalArgumentException for what Driftless does not support, with the reason
   */
  Faceted apply(Element field, Optional<AnnotationMirror> column, Column base) {
    Contribution.Builder constraints = Contribution.builder();
    Column result = base;
    String definition = column.map(c -> values.string(c, "columnDefinition")).orElse("");
    if (!definition.isBlank()) {
      ColumnDefinition parsed = ColumnDefinition.parse(definition);
      result = result.defaultValue(parsed.defaultExpression());
      if (parsed.notNull()) {
        result = result.nullable(false);
      }
    }
    Optional<AnnotationMirror> columnDefault =
        AnnotationValues.find(field, Hibernate.COLUMN_DEFAULT);
    if (columnDefault.isPresent()) {
      result = result.defaultValue(values.string(columnDefault.get(), "value"));
    }
    if (AnnotationValues.has(field, Jpa.VERSION) && line.versionNotNull()) {
      result = result.nullable(false);
    }
    String comment = comment(field).orElse(column.map(c -> values.string(c, "comment"))
        .filter(c -> !c.isEmpty()).orElse(null));
    result = result.withComment(comment);
    String name = result.name();
    if (column.isPresent()) {
      for (AnnotationMirror check : values.annotations(column.get(), "check")) {
        constraints.check(new CheckSpec(checkName(check),
            values.string(check, "constraint"), name));
      }
      result = options(values.string(column.get(), "options"), result, constraints);
    }
    AnnotationValues.find(field, Hibernate.CHECK).ifPresent(check -> constraints.check(
        new CheckSpec(checkName(check), values.string(check, "constraints"), name)));
    if (AnnotationValues.has(field, Hibernate.NATURAL_ID)) {
      constraints.naturalId(name);
    }
    return new Faceted(result, constraints.build());
  }

  /** The checks the entity class declares for its table. */
  Contribution tableChecks(TypeElement entity, Optional<AnnotationMirror> tableAnnotation) {
    Contribution.Builder checks = Contribution.builder();
    if (tableAnnotation.isPresent()) {
      for (AnnotationMirror check : values.annotations(tableAnnotation.get(), "check")) {
        checks.check(new CheckSpec(checkName(check),
            values.string(check, "constraint"), null));
      }
      if (!values.string(tableAnnotation.get(), "options").isBlank()) {
        throw new IllegalArgumentException("@Table(options) is not supported by Driftless; "
            + "storage options belong in a hand-written revision (op.execute(...))");
      }
    }
    AnnotationValues.find(entity, Hibernate.CHECK).ifPresent(check -> checks.check(
        new CheckSpec(checkName(check), values.string(check, "constraints"), null)));
    return checks.build();
  }

  /** An explicit check name, as PostgreSQL stores it; "" when there is none. */
  private String checkName(AnnotationMirror check) {
    String name = values.string(check, "name");
    return name.isBlank() ? "" : names.constraintName(name);
  }

  /** The comment the entity class declares for its table. */
  Optional<String> tableComment(TypeElement entity, Optional<AnnotationMirror> tableAnnotation) {
    return comment(entity).or(() -> tableAnnotation
        .map(t -> values.string(t, "comment")).filter(c -> !c.isEmpty()));
  }

  private Optional<String> comment(Element element) {
    return AnnotationValues.find(element, Hibernate.COMMENT)
        .map(c -> values.string(c, "value"));
  }

  /** {@code @Column(options)}: Hibernate pastes it into the DDL; only a few words are read. */
  private Column options(String options, Column column, Contribution.Builder constraints) {
    String words = options.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (words.isEmpty()) {
      return column;
    }
    Column result = column;
    for (String option : words.split(" (?=unique|not null|null)")) {
      switch (option.strip()) {
        case "unique" -> constraints.unique(new UniqueConstraint(
            PostgresNames.uniqueConstraint(table.name(), List.of(column.name())),
            List.of(column.name())));
        case "not null" -> result = result.nullable(false);
        case "null" -> result = result.nullable(true);
        default -> throw new IllegalArgumentException("@Column(options = \"" + options + "\") "
            + "is not supported by Driftless: options may only say UNIQUE or [NOT] NULL; use "
            + "check = @CheckConstraint(...) and @ColumnDefault for the rest");
      }
    }
    return result;
  }
}
