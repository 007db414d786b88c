package dev.driftless.processor.mapping;


import dev.driftless.processor.element.AnnotationValues;
import dev.driftless.processor.element.ErrorReporter;
import dev.driftless.processor.element.Jpa;
import dev.driftless.processor.mapping.Contribution.SourcedColumn;
import dev.driftless.processor.mapping.naming.ImplicitNames;
import dev.driftless.schema.Index;
import dev.driftless.schema.PostgresNames;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * The indexes and unique constraints an entity's {@code @Table} declares, named as PostgreSQL
 * would name them unless named explicitly. A unique {@code @Index} is a unique constraint, as
 * Hibernate makes it.
 */
final class TableAnnotationReader {
  private final AnnotationValues values;
  private final ImplicitNames naming;
  private final ErrorReporter reporter;
  private final Spellings spellings;

  TableAnnotationReader(MappingContext context) {
    this.values = context.values();
    this.naming = context.names();
    this.reporter = context.reporter();
    this.spellings = context.spellings();
  }

  /** The indexes and unique constraints of {@code entity}'s {@code @Table}. */
  Contribution read(TypeElement entity, QualifiedName table, List<SourcedColumn> sourced) {
    Optional<AnnotationMirror> annotation = AnnotationValues.find(entity, Jpa.TABLE);
    Contribution.Builder builder = Contribution.builder();
    if (annotation.isEmpty()) {
      return builder.build();
    }
    List<String> columnNames = sourced.stream().map(c -> c.column().name()).toList();
    for (AnnotationMirror index : values.annotations(annotation.get(), "indexes")) {
      List<String> columns =
          columnList(values.string(index, "columnList"), entity, table, columnNames);
      spellings.indexColumns(table, columns, Arrays.stream(values.string(index, "columnList")
          .split(",")).map(part -> part.strip().split("\\s+")[0]).toList());
      String name = values.string(index, "name");
      String predicate = predicate(entity, values.string(index, "options"),
          values.bool(index, "unique"));
      if (values.bool(index, "unique")) {
        // Hibernate makes a unique @Index a unique constraint on PostgreSQL.
        builder.unique(new UniqueConstraint(name.isEmpty()
            ? PostgresNames.uniqueConstraint(table.name(), columns)
            : spellings.explicitName(naming.constraintName(name)),
            columns));
        continue;
      }
      Index created = new Index(name.isEmpty()
          ? PostgresNames.index(table.name(), columns)
          : spellings.explicitName(naming.indexName(name)),
          columns, false);
      builder.index(predicate == null ? created : created.where(predicate));
    }
    for (AnnotationMirror unique : values.annotations(annotation.get(), "uniqueConstraints")) {
      List<String> columns = values.strings(unique, "columnNames").stream()
          .map(naming::physical).toList();
      columns.forEach(c -> requireColumn(c, entity, table, columnNames));
      String name = values.string(unique, "name");
      builder.unique(new UniqueConstraint(name.isEmpty()
          ? PostgresNames.uniqueConstraint(table.name(), columns)
          : spellings.explicitName(naming.constraintName(name)),
          columns));
    }
    return builder.build();
  }

  /**
   * The predicate of a partial index: JPA 3.2's {@code @Index(options)}, which Hibernate appends
   * to its {@code create index}, read when it is {@code WHERE <predicate>}; null without options.
   */
  private String predicate(TypeElement entity, String options, boolean unique) {
    String text = options.strip();
    if (text.isEmpty()) {
      return null;
    }
    java.util.regex.Matcher where = WHERE.matcher(text);
    if (!where.matches()) {
      throw reporter.abort(entity, "@Index(options = \"" + options + "\") is not supported by "
          + "Driftless: options may only be a WHERE clause, which makes a partial index "
          + "(options = \"WHERE deleted = false\"). Put other index options in a hand-written "
          + "revision.");
    }
    if (unique) {
      throw reporter.abort(entity, "@Index(unique = true, options = \"" + options + "\") cannot "
          + "be created: Hibernate makes a unique @Index a unique constraint and appends the "
          + "options to it, and PostgreSQL refuses a WHERE on a constraint, so Hibernate's DDL "
          + "fails. Create the partial unique index in a hand-written revision "
          + "(op.createIndex(..., Index.unique(...).where(...))).");
    }
    return where.group(1).strip();
  }

  private static final java.util.regex.Pattern WHERE =
      java.util.regex.Pattern.compile("(?is)where\\s+(.+)");

  /** Index keys: column names, each optionally ASC or DESC. */
  private List<String> columnList(String columnList, TypeElement entity, QualifiedName table,
      List<String> columnNames) {
    List<String> columns = new ArrayList<>();
    for (String part : columnList.split(",")) {
      String[] words = part.strip().split("\\s+");
      boolean descending = words.length == 2 && words[1].equalsIgnoreCase("desc");
      if (words.length > 2 || (words.length == 2 && !descending
          && !words[1].equalsIgnoreCase("asc"))) {
        throw reporter.abort(entity, "Index column '" + part.strip() + "' is not supported by "
            + "Driftless: only column names, each optionally ASC or DESC, can be indexed.");
      }
      String column = naming.physical(words[0]);
      requireColumn(column, entity, table, columnNames);
      columns.add(descending ? column + " DESC" : column);
    }
    return columns;
  }

  private void requireColumn(String column, TypeElement entity, QualifiedName table,
      List<String> columnNames) {
    if (!columnNames.contains(column)) {
      throw reporter.abort(entity, "@Table of " + entity.getSimpleName() + " names column '"
          + column + "', which table " + table + " does not have. Its columns are "
          + columnNames + ".");
    }
  }
}
