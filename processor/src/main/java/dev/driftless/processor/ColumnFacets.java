package dev.driftless.processor;

import dev.driftless.schema.Column;
import dev.driftless.schema.PostgresNames;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * What annotations say about a column and its table beyond name and type: defaults, comments,
 * checks and uniqueness from Jakarta Persistence 3.2 ({@code @Column(comment, check, options)},
 * {@code @Table(comment, check)}) and from Hibernate's DDL annotations ({@code @ColumnDefault},
 * {@code @Comment}, {@code @Check}, {@code @NaturalId}), read by name. One instance per table,
 * so that the check names it makes up never collide (PostgreSQL's own rule: {@code _check}, then
 * {@code _check1}, …).
 */
final class ColumnFacets {
  private final AnnotationValues values;
  private final QualifiedName table;
  private final Table.Builder builder;
  private final Set<String> checkNames = new HashSet<>();
  private final List<String> naturalId = new ArrayList<>();

  ColumnFacets(AnnotationValues values, QualifiedName table, Table.Builder builder) {
    this.values = values;
    this.table = table;
    this.builder = builder;
  }

  /**
   * {@code base} with the default, comment and nullability the annotations give; checks and
   * unique constraints on the column are added to the table.
   *
   * @throws IllegalArgumentException for what Driftless does not support, with the reason
   */
  Column apply(Element field, Optional<AnnotationMirror> column, Column base) {
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
    if (AnnotationValues.has(field, Jpa.VERSION)) {
      result = result.nullable(false);
    }
    String comment = comment(field).orElse(column.map(c -> values.string(c, "comment"))
        .filter(c -> !c.isEmpty()).orElse(null));
    result = result.withComment(comment);
    String name = result.name();
    if (column.isPresent()) {
      for (AnnotationMirror check : values.annotations(column.get(), "check")) {
        addCheck(values.string(check, "name"), values.string(check, "constraint"), name);
      }
      result = options(values.string(column.get(), "options"), result);
    }
    AnnotationValues.find(field, Hibernate.CHECK).ifPresent(check ->
        addCheck(values.string(check, "name"), values.string(check, "constraints"), name));
    if (AnnotationValues.has(field, Hibernate.NATURAL_ID)) {
      naturalId.add(name);
    }
    return result;
  }

  /** A check named {@code name}, or named as PostgreSQL would name it if {@code name} is empty. */
  void addCheck(String name, String expression, String column) {
    String chosen = name;
    if (chosen.isEmpty()) {
      String base = column == null ? table.name() + "_check"
          : PostgresNames.check(table.name(), column);
      chosen = base;
      for (int i = 1; checkNames.contains(chosen); i++) {
        chosen = PostgresNames.fit(base + i);
      }
    }
    checkNames.add(chosen);
    builder.check(chosen, expression);
  }

  /** The comment and checks the entity class declares for its table. */
  void table(TypeElement entity, Optional<AnnotationMirror> tableAnnotation) {
    Optional<String> comment = comment(entity).or(() -> tableAnnotation
        .map(t -> values.string(t, "comment")).filter(c -> !c.isEmpty()));
    comment.ifPresent(builder::comment);
    if (tableAnnotation.isPresent()) {
      for (AnnotationMirror check : values.annotations(tableAnnotation.get(), "check")) {
        addCheck(values.string(check, "name"), values.string(check, "constraint"), null);
      }
      if (!values.string(tableAnnotation.get(), "options").isBlank()) {
        throw new IllegalArgumentException("@Table(options) is not supported by Driftless; "
            + "storage options belong in a hand-written revision (op.execute(...))");
      }
    }
    AnnotationValues.find(entity, Hibernate.CHECK).ifPresent(check ->
        addCheck(values.string(check, "name"), values.string(check, "constraints"), null));
  }

  /** Adds the one unique constraint Hibernate makes of all {@code @NaturalId} columns. */
  void finish() {
    if (!naturalId.isEmpty()) {
      builder.unique(PostgresNames.uniqueConstraint(table.name(), naturalId),
          naturalId.toArray(String[]::new));
    }
  }

  /** Marks a column that a constraint elsewhere (a reference, say) makes part of the key. */
  void naturalIdColumn(Element field, String column) {
    if (AnnotationValues.has(field, Hibernate.NATURAL_ID)) {
      naturalId.add(column);
    }
  }

  private Optional<String> comment(Element element) {
    return AnnotationValues.find(element, Hibernate.COMMENT)
        .map(c -> values.string(c, "value"));
  }

  /** {@code @Column(options)}: Hibernate pastes it into the DDL; only a few words are read. */
  private Column options(String options, Column column) {
    String words = options.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (words.isEmpty()) {
      return column;
    }
    Column result = column;
    for (String option : words.split(" (?=unique|not null|null)")) {
      switch (option.strip()) {
        case "unique" -> builder.unique(
            PostgresNames.uniqueConstraint(table.name(), List.of(column.name())), column.name());
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
