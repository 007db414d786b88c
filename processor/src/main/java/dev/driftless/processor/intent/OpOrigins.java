package dev.driftless.processor.intent;

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
import java.util.List;
import javax.lang.model.element.Element;

/**
 * The element a diagnostic about an op belongs on: the field a column comes from for an op on
 * one column (its type, its rename, the foreign key or unique constraint of a reference or a
 * {@code unique = true}), else the entity of the table, so that the IDE underlines the line the
 * reviewer changed. Null when no element maps the object (a dropped table, a sequence).
 */
public final class OpOrigins implements OpVisitor<Element> {
  private final ChangeIntents intents;

  public OpOrigins(ChangeIntents intents) {
    this.intents = intents;
  }

  /** Where to report on {@code op}, or null. */
  public Element of(SchemaOp op) {
    return op.accept(this);
  }

  private Element table(QualifiedName table) {
    return intents.originOf(table);
  }

  /** The field of {@code column}, or the entity when no field maps it alone. */
  private Element column(QualifiedName table, String column) {
    Element field = intents.originOf(table, column);
    return field != null ? field : intents.originOf(table);
  }

  /** The field of the only column, or the entity for a constraint over several. */
  private Element columns(QualifiedName table, List<String> columns) {
    return columns.size() == 1 ? column(table, columns.get(0)) : table(table);
  }

  @Override
  public Element visitCreateSchema(CreateSchema op) {
    return null;
  }

  @Override
  public Element visitDropSchema(DropSchema op) {
    return null;
  }

  @Override
  public Element visitCreateTable(CreateTable op) {
    return table(op.table().name());
  }

  @Override
  public Element visitDropTable(DropTable op) {
    return table(op.table());
  }

  @Override
  public Element visitAddColumn(AddColumn op) {
    return column(op.table(), op.column().name());
  }

  @Override
  public Element visitDropColumn(DropColumn op) {
    return table(op.table()); // the field is gone: the entity that lost it
  }

  @Override
  public Element visitAlterColumn(AlterColumn op) {
    return column(op.table(), op.to().name());
  }

  @Override
  public Element visitAddPrimaryKey(AddPrimaryKey op) {
    return columns(op.table(), op.primaryKey().columns());
  }

  @Override
  public Element visitAddUniqueConstraint(AddUniqueConstraint op) {
    return columns(op.table(), op.constraint().columns());
  }

  @Override
  public Element visitAddCheckConstraint(AddCheckConstraint op) {
    return table(op.table()); // a check's columns are inside SQL text: the entity
  }

  @Override
  public Element visitCommentOnTable(CommentOnTable op) {
    return table(op.table());
  }

  @Override
  public Element visitAddForeignKey(AddForeignKey op) {
    // a reference's join columns all come from one field
    return column(op.table(), op.foreignKey().columns().get(0));
  }

  @Override
  public Element visitDropConstraint(DropConstraint op) {
    return table(op.table());
  }

  @Override
  public Element visitValidateConstraint(ValidateConstraint op) {
    return table(op.table());
  }

  @Override
  public Element visitCreateIndex(CreateIndex op) {
    return columns(op.table(), op.index().columns());
  }

  @Override
  public Element visitDropIndex(DropIndex op) {
    return table(op.table());
  }

  @Override
  public Element visitBulkInsert(BulkInsert op) {
    return table(op.table());
  }

  @Override
  public Element visitRenameTable(RenameTable op) {
    return table(op.renamed());
  }

  @Override
  public Element visitRenameColumn(RenameColumn op) {
    return column(op.table(), op.to());
  }

  @Override
  public Element visitRenameConstraint(RenameConstraint op) {
    return table(op.table());
  }

  @Override
  public Element visitRenameIndex(RenameIndex op) {
    return table(op.table());
  }

  @Override
  public Element visitCreateSequence(CreateSequence op) {
    return null;
  }

  @Override
  public Element visitAlterSequence(AlterSequence op) {
    return null;
  }

  @Override
  public Element visitDropSequence(DropSequence op) {
    return null;
  }

  @Override
  public Element visitCreateEnumType(CreateEnumType op) {
    return null;
  }

  @Override
  public Element visitAddEnumValue(AddEnumValue op) {
    return null;
  }

  @Override
  public Element visitRecreateEnumType(RecreateEnumType op) {
    return null;
  }

  @Override
  public Element visitDropEnumType(DropEnumType op) {
    return null;
  }

  @Override
  public Element visitExecuteSql(ExecuteSql op) {
    return null;
  }

  @Override
  public Element visitBackfill(Backfill op) {
    return null;
  }
}
