package dev.driftless.processor.write;

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
import dev.driftless.schema.QualifiedName;

/**
 * Renders each {@link SchemaOp} as the {@code op.…(…)} call that records it, so that a generated
 * revision reads like one a careful person wrote against the {@code Ops} API.
 */
final class OpCodeRenderer {
  /** One statement, {@code op.createTable(...);}, ending in a newline. */
  CodeBlock render(SchemaOp op) {
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
      return SchemaValueCode.createTable(o.table());
    }

    @Override
    public CodeBlock visitDropTable(DropTable o) {
      return CodeBlock.of("op.dropTable($L)", SchemaValueCode.name(o.table()));
    }

    @Override
    public CodeBlock visitRenameTable(RenameTable o) {
      return CodeBlock.of("op.renameTable($L, $S)", SchemaValueCode.name(o.table()), o.newName());
    }

    @Override
    public CodeBlock visitRenameColumn(RenameColumn o) {
      return CodeBlock.of("op.renameColumn($L, $S, $S)", SchemaValueCode.name(o.table()), o.from(), o.to());
    }

    @Override
    public CodeBlock visitRenameConstraint(RenameConstraint o) {
      return CodeBlock.of("op.renameConstraint($L, $S, $S)", SchemaValueCode.name(o.table()), o.from(), o.to());
    }

    @Override
    public CodeBlock visitRenameIndex(RenameIndex o) {
      return CodeBlock.of("op.renameIndex($L, $S, $S)", SchemaValueCode.name(o.table()), o.from(), o.to());
    }

    @Override
    public CodeBlock visitAddColumn(AddColumn o) {
      return CodeBlock.of("op.addColumn($L, $L)", SchemaValueCode.name(o.table()), SchemaValueCode.column(o.column()));
    }

    @Override
    public CodeBlock visitDropColumn(DropColumn o) {
      return CodeBlock.of("op.dropColumn($L, $S)", SchemaValueCode.name(o.table()), o.column());
    }

    @Override
    public CodeBlock visitAlterColumn(AlterColumn o) {
      return CodeBlock.of("op.alterColumn($L,\n$L,\n$L)", SchemaValueCode.name(o.table()),
          SchemaValueCode.column(o.from()), SchemaValueCode.column(o.to()));
    }

    @Override
    public CodeBlock visitAddPrimaryKey(AddPrimaryKey o) {
      return CodeBlock.of("op.addPrimaryKey($L, $S, $L)", SchemaValueCode.name(o.table()),
          o.primaryKey().name(), SchemaValueCode.strings(o.primaryKey().columns()));
    }

    @Override
    public CodeBlock visitAddUniqueConstraint(AddUniqueConstraint o) {
      return CodeBlock.of("op.addUniqueConstraint($L, $S, $L)", SchemaValueCode.name(o.table()),
          o.constraint().name(), SchemaValueCode.strings(o.constraint().columns()));
    }

    @Override
    public CodeBlock visitAddCheckConstraint(AddCheckConstraint o) {
      return CodeBlock.of("op.$L($L, $S, $S)",
          o.notValid() ? "addCheckConstraintNotValid" : "addCheckConstraint", SchemaValueCode.name(o.table()),
          o.constraint().name(), o.constraint().expression());
    }

    @Override
    public CodeBlock visitValidateConstraint(ValidateConstraint o) {
      return CodeBlock.of("op.validateConstraint($L, $S)", SchemaValueCode.name(o.table()), o.name());
    }

    @Override
    public CodeBlock visitCommentOnTable(CommentOnTable o) {
      return CodeBlock.of("op.commentOnTable($L, $S, $S)", SchemaValueCode.name(o.table()), o.from(), o.to());
    }

    @Override
    public CodeBlock visitAddForeignKey(AddForeignKey o) {
      return CodeBlock.of("op.$L($L,\n$L)",
          o.notValid() ? "addForeignKeyNotValid" : "addForeignKey", SchemaValueCode.name(o.table()),
          SchemaValueCode.foreignKey(o.foreignKey()));
    }

    @Override
    public CodeBlock visitDropConstraint(DropConstraint o) {
      return CodeBlock.of("op.dropConstraint($L, $S)", SchemaValueCode.name(o.table()), o.name());
    }

    @Override
    public CodeBlock visitCreateIndex(CreateIndex o) {
      return CodeBlock.of("op.$L($L, $L)",
          o.concurrently() ? "createIndexConcurrently" : "createIndex", SchemaValueCode.name(o.table()),
          SchemaValueCode.index(o.index()));
    }

    @Override
    public CodeBlock visitDropIndex(DropIndex o) {
      return CodeBlock.of("op.$L($L, $S)",
          o.concurrently() ? "dropIndexConcurrently" : "dropIndex", SchemaValueCode.name(o.table()), o.name());
    }

    @Override
    public CodeBlock visitCreateSequence(CreateSequence o) {
      return CodeBlock.of("op.createSequence($L)", SchemaValueCode.sequence(o.sequence()));
    }

    @Override
    public CodeBlock visitAlterSequence(AlterSequence o) {
      return CodeBlock.of("op.alterSequence($L, $L)", SchemaValueCode.sequence(o.from()), SchemaValueCode.sequence(o.to()));
    }

    @Override
    public CodeBlock visitDropSequence(DropSequence o) {
      return CodeBlock.of("op.dropSequence($L)", SchemaValueCode.name(o.sequence()));
    }

    @Override
    public CodeBlock visitCreateEnumType(CreateEnumType o) {
      return CodeBlock.of("op.createEnumType($L)", SchemaValueCode.enumType(o.type()));
    }

    @Override
    public CodeBlock visitAddEnumValue(AddEnumValue o) {
      return CodeBlock.of("op.addEnumValue($L, $S, $S)", SchemaValueCode.name(o.type()), o.value(), o.before());
    }

    @Override
    public CodeBlock visitRecreateEnumType(RecreateEnumType o) {
      CodeBlock.Builder code = CodeBlock.builder().add("op.recreateEnumType($L,\n$L",
          SchemaValueCode.enumType(o.from()), SchemaValueCode.enumType(o.to()));
      for (RecreateEnumType.Usage usage : o.usages()) {
        code.add(",\nnew $T($T.of($L), $S, $S)", RecreateEnumType.Usage.class,
            QualifiedName.class, SchemaValueCode.name(usage.table()), usage.column(), usage.defaultExpression());
      }
      return code.add(")").build();
    }

    @Override
    public CodeBlock visitDropEnumType(DropEnumType o) {
      return CodeBlock.of("op.dropEnumType($L)", SchemaValueCode.name(o.type()));
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

    /** The batched copy of a rolling deploy's renamed column (see {@code ColumnSync}). */
    @Override
    public CodeBlock visitBackfill(Backfill o) {
      return CodeBlock.of("op.backfill($S, $L)", o.sql(), o.batchSize());
    }

    /** Parameterized SQL and bulk inserts are written by hand, never generated. */
    private IllegalArgumentException handWrittenOnly(SchemaOp op) {
      return new IllegalArgumentException("no code rendering for " + op);
    }
  }

}
