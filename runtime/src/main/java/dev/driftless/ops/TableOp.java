package dev.driftless.ops;

import dev.driftless.schema.QualifiedName;

/** An operation on one existing table, which it names. */
public sealed interface TableOp extends SchemaOp
    permits DropTable,
        AddColumn,
        DropColumn,
        AlterColumn,
        AddPrimaryKey,
        AddUniqueConstraint,
        AddCheckConstraint,
        CommentOnTable,
        AddForeignKey,
        DropConstraint,
        ValidateConstraint,
        CreateIndex,
        DropIndex,
        BulkInsert,
        RenameTable,
        RenameColumn,
        RenameConstraint,
        RenameIndex {

  /** The table this operation changes. */
  QualifiedName table();
}
