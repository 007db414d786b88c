package dev.driftless.processor.write;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.Deferrability;
import dev.driftless.schema.EnumType;
import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.Identity;
import dev.driftless.schema.Index;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.ReferentialAction;
import dev.driftless.schema.Sequence;
import dev.driftless.schema.Table;
import java.util.List;
import java.util.Map;

/**
 * The schema values a revision spells out ({@code Table.builder(...)...build()},
 * {@code Column.of(...)}, {@code ColumnType.varchar(200)}, …) as Java expressions, in the forms a
 * person would write them.
 */
final class SchemaValueCode {
  private SchemaValueCode() {}

  private static final ClassName TABLE = ClassName.get(Table.class);
  private static final ClassName COLUMN = ClassName.get(Column.class);
  private static final ClassName COLUMN_TYPE = ClassName.get(ColumnType.class);
  private static final ClassName FOREIGN_KEY = ClassName.get(ForeignKey.class);
  private static final ClassName INDEX = ClassName.get(Index.class);
  private static final ClassName SEQUENCE = ClassName.get(Sequence.class);
  private static final ClassName IDENTITY = ClassName.get(Identity.class);

  private static final Map<String, String> NO_ARGUMENT_TYPES = Map.ofEntries(
      Map.entry("bigint", "bigint"), Map.entry("integer", "integer"),
      Map.entry("smallint", "smallint"), Map.entry("boolean", "bool"),
      Map.entry("text", "text"), Map.entry("real", "real"),
      Map.entry("double precision", "doublePrecision"), Map.entry("uuid", "uuid"),
      Map.entry("date", "date"), Map.entry("bytea", "bytea"), Map.entry("jsonb", "jsonb"));

  /** Factories taking the type's modifiers, by base name: {@code varchar(200)}. */
  private static final Map<String, String> SIZED_TYPES = Map.of(
      "character varying", "varchar", "character", "character", "numeric", "numeric",
      "time without time zone", "time", "time with time zone", "timeTz",
      "timestamp without time zone", "timestamp", "timestamp with time zone", "timestampTz");


  static CodeBlock createTable(Table table) {
    CodeBlock.Builder code = CodeBlock.builder()
        .add("op.createTable($T.builder($L)\n", TABLE, name(table.name()));
    for (Column column : table.columns()) {
      code.add(".column($L)\n", column(column));
    }
    if (table.primaryKey() != null) {
      code.add(".primaryKey($S, $L)\n", table.primaryKey().name(),
          strings(table.primaryKey().columns()));
    }
    table.uniqueConstraints().forEach(
        u -> code.add(".unique($S, $L)\n", u.name(), strings(u.columns())));
    table.checkConstraints().forEach(
        c -> code.add(".check($S, $S)\n", c.name(), c.expression()));
    table.foreignKeys().forEach(f -> code.add(".foreignKey($L)\n", foreignKey(f)));
    table.indexes().forEach(i -> code.add(".index($L)\n", index(i)));
    if (table.comment() != null) {
      code.add(".comment($S)\n", table.comment());
    }
    return code.add(".build())").build();
  }

  static CodeBlock column(Column column) {
    CodeBlock.Builder code = CodeBlock.builder()
        .add("$T.of($S, $L)", COLUMN, column.name(), type(column.type()));
    switch (column.identity()) {
      case BY_DEFAULT -> code.add(".generatedAsIdentity()");
      case ALWAYS -> code.add(".withIdentity($T.ALWAYS)", IDENTITY);
      case NONE -> {
        if (!column.nullable()) {
          code.add(".notNull()");
        }
      }
    }
    if (column.defaultExpression() != null) {
      code.add(".defaultValue($S)", column.defaultExpression());
    }
    if (column.comment() != null) {
      code.add(".withComment($S)", column.comment());
    }
    return code.build();
  }

  static CodeBlock type(ColumnType type) {
    List<Integer> modifiers = type.modifiers();
    String factory = type.isArray() ? null
        : (modifiers.isEmpty() ? NO_ARGUMENT_TYPES : SIZED_TYPES).get(type.baseName());
    // A negative modifier (numeric(10,-2)) is spelled out, as it always was.
    if (factory != null && modifiers.stream().allMatch(m -> m >= 0)) {
      return CodeBlock.of("$T.$L($L)", COLUMN_TYPE, factory,
          String.join(", ", modifiers.stream().map(String::valueOf).toList()));
    }
    return CodeBlock.of("$T.of($S)", COLUMN_TYPE, type.sql());
  }

  static CodeBlock foreignKey(ForeignKey fk) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.named($S).columns($L)\n.references($L, $L)",
        FOREIGN_KEY, fk.name(), strings(fk.columns()), name(fk.target()),
        strings(fk.targetColumns()));
    if (fk.onDelete() != ReferentialAction.NO_ACTION) {
      code.add(".onDelete($T.$L)", ReferentialAction.class, fk.onDelete().name());
    }
    if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
      code.add(".onUpdate($T.$L)", ReferentialAction.class, fk.onUpdate().name());
    }
    if (fk.deferrability() != Deferrability.NOT_DEFERRABLE) {
      code.add(".deferrable($T.$L)", Deferrability.class, fk.deferrability().name());
    }
    return code.build();
  }

  static CodeBlock index(Index index) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.$L($S, $L)", INDEX,
        index.unique() ? "unique" : "of", index.name(), strings(index.columns()));
    if (!index.method().equals(Index.DEFAULT_METHOD)) {
      code.add(".using($S)", index.method());
    }
    if (index.where() != null) {
      code.add(".where($S)", index.where());
    }
    return code.build();
  }

  static CodeBlock sequence(Sequence sequence) {
    return CodeBlock.of("$T.of($L, $LL, $LL)", SEQUENCE, name(sequence.name()), sequence.start(),
        sequence.increment());
  }

  static CodeBlock enumType(EnumType type) {
    return CodeBlock.of("$T.of($L, $L)", EnumType.class, name(type.name()), strings(type.values()));
  }

  static CodeBlock name(QualifiedName name) {
    return CodeBlock.of("$S, $S", name.schema(), name.name());
  }

  static CodeBlock strings(List<String> values) {
    return values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", "));
  }
}
