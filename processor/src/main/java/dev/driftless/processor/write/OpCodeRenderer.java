package dev.driftless.processor.write;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import dev.driftless.ops.AddCheckConstraint;
import dev.driftless.ops.AddColumn;
import dev.driftless.ops.AddEnumValue;
import dev.driftless.ops.AddForeignKey;
import dev.driftless.ops.AddPrimaryKey;
import dev.driftless.ops.AddUniqueConstraint;
import dev.driftless.ops.AlterColumn;
import dev.driftless.ops.AlterSequence;
import dev.driftless.ops.Backfill;
import dev.driftless.ops.BulkInsert;
import dev.driftless.ops.CommentOnTable;
import dev.driftless.ops.CreateEnumType;
import dev.driftless.ops.CreateIndex;
import dev.driftless.ops.CreateSchema;
import dev.driftless.ops.CreateSequence;
import dev.driftless.ops.CreateTable;
import dev.driftless.ops.DropColumn;
import dev.driftless.ops.DropConstraint;
import dev.driftless.ops.DropEnumType;
import dev.driftless.ops.DropIndex;
import dev.driftless.ops.DropSchema;
import dev.driftless.ops.DropSequence;
import dev.driftless.ops.DropTable;
import dev.driftless.ops.ExecuteSql;
import dev.driftless.ops.OpVisitor;
import dev.driftless.ops.RecreateEnumType;
import dev.driftless.ops.RenameColumn;
import dev.driftless.ops.RenameConstraint;
import dev.driftless.ops.RenameIndex;
import dev.driftless.ops.RenameTable;
import dev.driftless.ops.SchemaOp;
import dev.driftless.ops.ValidateConstraint;
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
 * Renders each {@link SchemaOp} as the {@code op.…(…)} call that records it, so that a generated
 * revision reads like one a careful person wrote against the {@code Ops} API.
 */
public final class OpCodeRenderer {
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

  /** One statement, {@code op.createTable(...);}, ending in a newline. */
  public CodeBlock render(SchemaOp op) {
    CodeBlock call = call(op);
    return CodeBlock.builder().addStatement("$L", call).build();
  }

  private CodeBlock call(SchemaOp op) {
    return op.accept(new Calls());
  }

  /** The call of each op kind. */
  private final class Calls implements OpVisitor<CodeBlock> {
    @Override
    public CodeBlock visitCreateSchema(CreateSchema o) {
      return CodeBlock.of("op.createSchema($S)", o.name());
    }

    @Override
    public CodeBlock visitDropSchema(DropSchema o) {
      return CodeBlock.of("op.dropSchema($S)", o.name());
    }

    @Override
    public CodeBlock visitCreateTable(CreateTable o) {
      return createTable(o.table());
    }

    @Override
    public CodeBlock visitDropTable(DropTable o) {
      return CodeBlock.of("op.dropTable($L)", name(o.table()));
    }

    @Override
    public CodeBlock visitRenameTable(RenameTable o) {
      return CodeBlock.of("op.renameTable($L, $S)", name(o.table()), o.newName());
    }

    @Override
    public CodeBlock visitRenameColumn(RenameColumn o) {
      return CodeBlock.of("op.renameColumn($L, $S, $S)", name(o.table()), o.from(), o.to());
    }

    @Override
    public CodeBlock visitRenameConstraint(RenameConstraint o) {
      return CodeBlock.of("op.renameConstraint($L, $S, $S)", name(o.table()), o.from(), o.to());
    }

    @Override
    public CodeBlock visitRenameIndex(RenameIndex o) {
      return CodeBlock.of("op.renameIndex($L, $S, $S)", name(o.table()), o.from(), o.to());
    }

    @Override
    public CodeBlock visitAddColumn(AddColumn o) {
      return CodeBlock.of("op.addColumn($L, $L)", name(o.table()), column(o.column()));
    }

    @Override
    public CodeBlock visitDropColumn(DropColumn o) {
      return CodeBlock.of("op.dropColumn($L, $S)", name(o.table()), o.column());
    }

    @Override
    public CodeBlock visitAlterColumn(AlterColumn o) {
      return CodeBlock.of("op.alterColumn($L,\n$L,\n$L)", name(o.table()),
          column(o.from()), column(o.to()));
    }

    @Override
    public CodeBlock visitAddPrimaryKey(AddPrimaryKey o) {
      return CodeBlock.of("op.addPrimaryKey($L, $S, $L)", name(o.table()),
          o.primaryKey().name(), strings(o.primaryKey().columns()));
    }

    @Override
    public CodeBlock visitAddUniqueConstraint(AddUniqueConstraint o) {
      return CodeBlock.of("op.addUniqueConstraint($L, $S, $L)", name(o.table()),
          o.constraint().name(), strings(o.constraint().columns()));
    }

    @Override
    public CodeBlock visitAddCheckConstraint(AddCheckConstraint o) {
      return CodeBlock.of("op.$L($L, $S, $S)",
          o.notValid() ? "addCheckConstraintNotValid" : "addCheckConstraint", name(o.table()),
          o.constraint().name(), o.constraint().expression());
    }

    @Override
    public CodeBlock visitValidateConstraint(ValidateConstraint o) {
      return CodeBlock.of("op.validateConstraint($L, $S)", name(o.table()), o.name());
    }

    @Override
    public CodeBlock visitCommentOnTable(CommentOnTable o) {
      return CodeBlock.of("op.commentOnTable($L, $S, $S)", name(o.table()), o.from(), o.to());
    }

    @Override
    public CodeBlock visitAddForeignKey(AddForeignKey o) {
      return CodeBlock.of("op.$L($L,\n$L)",
          o.notValid() ? "addForeignKeyNotValid" : "addForeignKey", name(o.table()),
          foreignKey(o.foreignKey()));
    }

    @Override
    public CodeBlock visitDropConstraint(DropConstraint o) {
      return CodeBlock.of("op.dropConstraint($L, $S)", name(o.table()), o.name());
    }

    @Override
    public CodeBlock visitCreateIndex(CreateIndex o) {
      return CodeBlock.of("op.$L($L, $L)",
          o.concurrently() ? "createIndexConcurrently" : "createIndex", name(o.table()),
          index(o.index()));
    }

    @Override
    public CodeBlock visitDropIndex(DropIndex o) {
      return CodeBlock.of("op.$L($L, $S)",
          o.concurrently() ? "dropIndexConcurrently" : "dropIndex", name(o.table()), o.name());
    }

    @Override
    public CodeBlock visitCreateSequence(CreateSequence o) {
      return CodeBlock.of("op.createSequence($L)", sequence(o.sequence()));
    }

    @Override
    public CodeBlock visitAlterSequence(AlterSequence o) {
      return CodeBlock.of("op.alterSequence($L, $L)", sequence(o.from()), sequence(o.to()));
    }

    @Override
    public CodeBlock visitDropSequence(DropSequence o) {
      return CodeBlock.of("op.dropSequence($L)", name(o.sequence()));
    }

    @Override
    public CodeBlock visitCreateEnumType(CreateEnumType o) {
      return CodeBlock.of("op.createEnumType($L)", enumType(o.type()));
    }

    @Override
    public CodeBlock visitAddEnumValue(AddEnumValue o) {
      return CodeBlock.of("op.addEnumValue($L, $S, $S)", name(o.type()), o.value(), o.before());
    }

    @Override
    public CodeBlock visitRecreateEnumType(RecreateEnumType o) {
      CodeBlock.Builder code = CodeBlock.builder().add("op.recreateEnumType($L,\n$L",
          enumType(o.from()), enumType(o.to()));
      for (RecreateEnumType.Usage usage : o.usages()) {
        code.add(",\nnew $T($T.of($L), $S, $S)", RecreateEnumType.Usage.class,
            QualifiedName.class, name(usage.table()), usage.column(), usage.defaultExpression());
      }
      return code.add(")").build();
    }

    @Override
    public CodeBlock visitDropEnumType(DropEnumType o) {
      return CodeBlock.of("op.dropEnumType($L)", name(o.type()));
    }

    @Override
    public CodeBlock visitExecuteSql(ExecuteSql o) {
      if (!o.parameters().isEmpty()) {
        throw handWrittenOnly(o);
      }
      return CodeBlock.of("op.execute($S)", o.sql());
    }

    @Override
    public CodeBlock visitBulkInsert(BulkInsert o) {
      throw handWrittenOnly(o);
    }

    @Override
    public CodeBlock visitBackfill(Backfill o) {
      throw handWrittenOnly(o);
    }

    /** Data ops (parameters, bulk inserts, backfills) are written by hand, never generated. */
    private IllegalArgumentException handWrittenOnly(SchemaOp op) {
      return new IllegalArgumentException("no code rendering for " + op);
    }
  }

  private CodeBlock createTable(Table table) {
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

  private CodeBlock column(Column column) {
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

  private CodeBlock type(ColumnType type) {
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

  private CodeBlock foreignKey(ForeignKey fk) {
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

  private CodeBlock index(Index index) {
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

  private CodeBlock sequence(Sequence sequence) {
    return CodeBlock.of("$T.of($L, $LL, $LL)", SEQUENCE, name(sequence.name()), sequence.start(),
        sequence.increment());
  }

  private static CodeBlock enumType(EnumType type) {
    return CodeBlock.of("$T.of($L, $L)", EnumType.class, name(type.name()), strings(type.values()));
  }

  private static CodeBlock name(QualifiedName name) {
    return CodeBlock.of("$S, $S", name.schema(), name.name());
  }

  private static CodeBlock strings(List<String> values) {
    return values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", "));
  }
}
