package dev.driftless.internal.drift;

import dev.driftless.Difference;
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
import dev.driftless.schema.Sequence;
import dev.driftless.sql.Dialect;

/**
 * Turns an op of the database-to-snapshot diff into a {@link Difference} a person can act on.
 * The op says what would reconcile the two; this says what each side has.
 */
final class DifferenceDescriber implements OpVisitor<Difference> {
  private static final String ABSENT = "absent";
  private static final String MISSING = "missing";
  private static final String PRESENT = "present";

  private final Dialect dialect;

  DifferenceDescriber(Dialect dialect) {
    this.dialect = dialect;
  }

  Difference describe(SchemaOp op) {
    return op.accept(this);
  }

  @Override
  public Difference visitCreateSchema(CreateSchema o) {
    return new Difference("schema " + o.name(), PRESENT, MISSING, sql(o));
  }

  @Override
  public Difference visitDropSchema(DropSchema o) {
    return new Difference("schema " + o.name(), ABSENT, PRESENT, sql(o));
  }

  @Override
  public Difference visitCreateTable(CreateTable o) {
    return new Difference("table " + o.table().name(), PRESENT, MISSING, sql(o));
  }

  @Override
  public Difference visitDropTable(DropTable o) {
    return new Difference("table " + o.table(), ABSENT, PRESENT, sql(o));
  }

  @Override
  public Difference visitAddColumn(AddColumn o) {
    return new Difference("column " + o.table() + "." + o.column().name(),
        dialect.columnDefinition(o.column()), MISSING, sql(o));
  }

  @Override
  public Difference visitDropColumn(DropColumn o) {
    return new Difference("column " + o.table() + "." + o.column(), ABSENT, PRESENT, sql(o));
  }

  @Override
  public Difference visitAlterColumn(AlterColumn o) {
    return new Difference("column " + o.table() + "." + o.to().name(),
        dialect.columnDefinition(o.to()), dialect.columnDefinition(o.from()), sql(o));
  }

  @Override
  public Difference visitAddPrimaryKey(AddPrimaryKey o) {
    return new Difference("primary key " + o.primaryKey().name() + " on " + o.table(),
        "PRIMARY KEY " + o.primaryKey().columns(), MISSING, sql(o));
  }

  @Override
  public Difference visitAddUniqueConstraint(AddUniqueConstraint o) {
    return new Difference("unique constraint " + o.constraint().name() + " on " + o.table(),
        "UNIQUE " + o.constraint().columns(), MISSING, sql(o));
  }

  @Override
  public Difference visitAddCheckConstraint(AddCheckConstraint o) {
    return new Difference("check constraint " + o.constraint().name() + " on " + o.table(),
        "CHECK (" + o.constraint().expression() + ")", MISSING, sql(o));
  }

  @Override
  public Difference visitCommentOnTable(CommentOnTable o) {
    return new Difference("comment on table " + o.table(), quoted(o.to()), quoted(o.from()),
        sql(o));
  }

  @Override
  public Difference visitAddForeignKey(AddForeignKey o) {
    return new Difference("foreign key " + o.foreignKey().name() + " on " + o.table(),
        o.foreignKey().columns() + " REFERENCES " + o.foreignKey().target()
            + o.foreignKey().targetColumns(), MISSING, sql(o));
  }

  @Override
  public Difference visitDropConstraint(DropConstraint o) {
    return new Difference("constraint " + o.name() + " on " + o.table(), ABSENT, PRESENT,
        sql(o));
  }

  @Override
  public Difference visitValidateConstraint(ValidateConstraint o) {
    return asDescribed(o);
  }

  @Override
  public Difference visitCreateIndex(CreateIndex o) {
    return new Difference("index " + o.index().name() + " on " + o.table(),
        dialect.render(o).get(0), MISSING, sql(o));
  }

  @Override
  public Difference visitDropIndex(DropIndex o) {
    return new Difference("index " + o.name() + " on " + o.table(), ABSENT, PRESENT, sql(o));
  }

  @Override
  public Difference visitBulkInsert(BulkInsert o) {
    return asDescribed(o);
  }

  @Override
  public Difference visitRenameTable(RenameTable o) {
    return new Difference("table " + o.table(), "named " + o.newName(), "named "
        + o.table().name(), sql(o));
  }

  @Override
  public Difference visitRenameColumn(RenameColumn o) {
    return new Difference("column " + o.table() + "." + o.from(), "named " + o.to(),
        "named " + o.from(), sql(o));
  }

  @Override
  public Difference visitRenameConstraint(RenameConstraint o) {
    return new Difference("constraint " + o.from() + " on " + o.table(), "named " + o.to(),
        "named " + o.from(), sql(o));
  }

  @Override
  public Difference visitRenameIndex(RenameIndex o) {
    return new Difference("index " + o.from() + " on " + o.table(), "named " + o.to(),
        "named " + o.from(), sql(o));
  }

  @Override
  public Difference visitCreateSequence(CreateSequence o) {
    return new Difference("sequence " + o.sequence().name(), sequence(o.sequence()), MISSING,
        sql(o));
  }

  @Override
  public Difference visitAlterSequence(AlterSequence o) {
    return new Difference("sequence " + o.to().name(), sequence(o.to()), sequence(o.from()),
        sql(o));
  }

  @Override
  public Difference visitDropSequence(DropSequence o) {
    return new Difference("sequence " + o.sequence(), ABSENT, PRESENT, sql(o));
  }

  @Override
  public Difference visitCreateEnumType(CreateEnumType o) {
    return new Difference("enum type " + o.type().name(), "values " + o.type().values(),
        MISSING, sql(o));
  }

  @Override
  public Difference visitAddEnumValue(AddEnumValue o) {
    return new Difference("enum type " + o.type(), "has value '" + o.value() + "'",
        "lacks it", sql(o));
  }

  @Override
  public Difference visitRecreateEnumType(RecreateEnumType o) {
    return new Difference("enum type " + o.to().name(), "values " + o.to().values(),
        "values " + o.from().values(), sql(o));
  }

  @Override
  public Difference visitDropEnumType(DropEnumType o) {
    return new Difference("enum type " + o.type(), ABSENT, PRESENT, sql(o));
  }

  @Override
  public Difference visitExecuteSql(ExecuteSql o) {
    return asDescribed(o);
  }

  @Override
  public Difference visitBackfill(Backfill o) {
    return asDescribed(o);
  }

  /**
   * Ops the differ never produces from two schemas (data ops, validation) have no sides to
   * show: the op's own description names what it does.
   */
  private Difference asDescribed(SchemaOp op) {
    return new Difference(op.describe(), "", "", sql(op));
  }

  private String sql(SchemaOp op) {
    return String.join(";\n", dialect.render(op));
  }

  private static String quoted(String comment) {
    return comment == null ? "no comment" : "'" + comment + "'";
  }

  private static String sequence(Sequence sequence) {
    return "START WITH " + sequence.start() + " INCREMENT BY " + sequence.increment();
  }
}
