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
import dev.driftless.ops.RecreateEnumType;
import dev.driftless.ops.RenameColumn;
import dev.driftless.ops.RenameConstraint;
import dev.driftless.ops.RenameIndex;
import dev.driftless.ops.RenameTable;
import dev.driftless.ops.SchemaOp;
import dev.driftless.schema.Sequence;
import dev.driftless.sql.Dialect;
import dev.driftless.sql.PostgresDialect;

/**
 * Turns an op of the database-to-snapshot diff into a {@link Difference} a person can act on.
 * The op says what would reconcile the two; this says what each side has.
 */
final class DifferenceDescriber {
  private static final String ABSENT = "absent";
  private static final String MISSING = "missing";
  private static final String PRESENT = "present";

  private final Dialect dialect;

  DifferenceDescriber(Dialect dialect) {
    this.dialect = dialect;
  }

  Difference describe(SchemaOp op) {
    String sql = String.join(";\n", dialect.render(op));
    if (op instanceof CreateTable o) {
      return new Difference("table " + o.table().name(), PRESENT, MISSING, sql);
    } else if (op instanceof DropTable o) {
      return new Difference("table " + o.table(), ABSENT, PRESENT, sql);
    } else if (op instanceof AddColumn o) {
      return new Difference("column " + o.table() + "." + o.column().name(),
          PostgresDialect.columnDefinition(o.column()), MISSING, sql);
    } else if (op instanceof DropColumn o) {
      return new Difference("column " + o.table() + "." + o.column(), ABSENT, PRESENT, sql);
    } else if (op instanceof AlterColumn o) {
      return new Difference("column " + o.table() + "." + o.to().name(),
          PostgresDialect.columnDefinition(o.to()), PostgresDialect.columnDefinition(o.from()), sql);
    } else if (op instanceof AddPrimaryKey o) {
      return new Difference("primary key " + o.primaryKey().name() + " on " + o.table(),
          "PRIMARY KEY " + o.primaryKey().columns(), MISSING, sql);
    } else if (op instanceof AddUniqueConstraint o) {
      return new Difference("unique constraint " + o.constraint().name() + " on " + o.table(),
          "UNIQUE " + o.constraint().columns(), MISSING, sql);
    } else if (op instanceof AddForeignKey o) {
      return new Difference("foreign key " + o.foreignKey().name() + " on " + o.table(),
          o.foreignKey().columns() + " REFERENCES " + o.foreignKey().target()
              + o.foreignKey().targetColumns(), MISSING, sql);
    } else if (op instanceof AddCheckConstraint o) {
      return new Difference("check constraint " + o.constraint().name() + " on " + o.table(),
          "CHECK (" + o.constraint().expression() + ")", MISSING, sql);
    } else if (op instanceof CommentOnTable o) {
      return new Difference("comment on table " + o.table(), quoted(o.to()), quoted(o.from()),
          sql);
    } else if (op instanceof CreateSchema o) {
      return new Difference("schema " + o.name(), PRESENT, MISSING, sql);
    } else if (op instanceof DropSchema o) {
      return new Difference("schema " + o.name(), ABSENT, PRESENT, sql);
    } else if (op instanceof RenameTable o) {
      return new Difference("table " + o.table(), "named " + o.newName(), "named "
          + o.table().name(), sql);
    } else if (op instanceof RenameColumn o) {
      return new Difference("column " + o.table() + "." + o.from(), "named " + o.to(),
          "named " + o.from(), sql);
    } else if (op instanceof RenameConstraint o) {
      return new Difference("constraint " + o.from() + " on " + o.table(), "named " + o.to(),
          "named " + o.from(), sql);
    } else if (op instanceof RenameIndex o) {
      return new Difference("index " + o.from() + " on " + o.table(), "named " + o.to(),
          "named " + o.from(), sql);
    } else if (op instanceof DropConstraint o) {
      return new Difference("constraint " + o.name() + " on " + o.table(), ABSENT, PRESENT, sql);
    } else if (op instanceof CreateIndex o) {
      return new Difference("index " + o.index().name() + " on " + o.table(),
          dialect.render(op).get(0), MISSING, sql);
    } else if (op instanceof DropIndex o) {
      return new Difference("index " + o.name() + " on " + o.table(), ABSENT, PRESENT, sql);
    } else if (op instanceof CreateSequence o) {
      return new Difference("sequence " + o.sequence().name(), sequence(o.sequence()), MISSING,
          sql);
    } else if (op instanceof AlterSequence o) {
      return new Difference("sequence " + o.to().name(), sequence(o.to()), sequence(o.from()),
          sql);
    } else if (op instanceof DropSequence o) {
      return new Difference("sequence " + o.sequence(), ABSENT, PRESENT, sql);
    } else if (op instanceof CreateEnumType o) {
      return new Difference("enum type " + o.type().name(), "values " + o.type().values(),
          MISSING, sql);
    } else if (op instanceof AddEnumValue o) {
      return new Difference("enum type " + o.type(), "has value '" + o.value() + "'",
          "lacks it", sql);
    } else if (op instanceof RecreateEnumType o) {
      return new Difference("enum type " + o.to().name(), "values " + o.to().values(),
          "values " + o.from().values(), sql);
    } else if (op instanceof DropEnumType o) {
      return new Difference("enum type " + o.type(), ABSENT, PRESENT, sql);
    }
    return new Difference(op.describe(), "", "", sql);
  }

  private static String quoted(String comment) {
    return comment == null ? "no comment" : "'" + comment + "'";
  }

  private static String sequence(Sequence sequence) {
    return "START WITH " + sequence.start() + " INCREMENT BY " + sequence.increment();
  }
}
