package dev.driftless.ops;

/**
 * One method per concrete {@link SchemaOp} kind: how the dialect, the tenant translator, the
 * drift describer and the code renderer each handle every op.
 *
 * <p>It exists so that a new op kind fails the build wherever it is not handled. An op record
 * must implement {@link SchemaOp#accept} (it is abstract), and the only sensible body calls its
 * own {@code visit} method, which must then be added here, and every visitor stops compiling
 * until it says what to do with the new kind. An {@code instanceof} chain would instead fall
 * through to its fallback at run time: SQL that throws, an op left in {@code public}, a vague
 * drift report. (Java 17 has no pattern-matching {@code switch} over sealed types, which would
 * give the same check.)
 *
 * <p>There are deliberately no default methods: a visitor that wants the same answer for several
 * kinds says so in each of them.
 *
 * @param <R> what a visit produces
 */
public interface OpVisitor<R> {

  R visitCreateSchema(CreateSchema op);

  R visitDropSchema(DropSchema op);

  R visitCreateTable(CreateTable op);

  R visitDropTable(DropTable op);

  R visitAddColumn(AddColumn op);

  R visitDropColumn(DropColumn op);

  R visitAlterColumn(AlterColumn op);

  R visitAddPrimaryKey(AddPrimaryKey op);

  R visitAddUniqueConstraint(AddUniqueConstraint op);

  R visitAddCheckConstraint(AddCheckConstraint op);

  R visitCommentOnTable(CommentOnTable op);

  R visitAddForeignKey(AddForeignKey op);

  R visitDropConstraint(DropConstraint op);

  R visitValidateConstraint(ValidateConstraint op);

  R visitCreateIndex(CreateIndex op);

  R visitDropIndex(DropIndex op);

  R visitBulkInsert(BulkInsert op);

  R visitRenameTable(RenameTable op);

  R visitRenameColumn(RenameColumn op);

  R visitRenameConstraint(RenameConstraint op);

  R visitRenameIndex(RenameIndex op);

  R visitCreateSequence(CreateSequence op);

  R visitAlterSequence(AlterSequence op);

  R visitDropSequence(DropSequence op);

  R visitCreateEnumType(CreateEnumType op);

  R visitAddEnumValue(AddEnumValue op);

  R visitRecreateEnumType(RecreateEnumType op);

  R visitDropEnumType(DropEnumType op);

  R visitExecuteSql(ExecuteSql op);

  R visitBackfill(Backfill op);
}
