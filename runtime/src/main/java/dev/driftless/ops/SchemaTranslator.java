package dev.driftless.ops;

import dev.driftless.schema.CheckConstraint;
import dev.driftless.schema.EnumType;
import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Sequence;
import dev.driftless.schema.Table;
import java.util.function.UnaryOperator;

/**
 * Moves ops and schemas from one PostgreSQL schema to another: every name in schema
 * {@code from} is put in schema {@code to}. This is how one set of revisions, written for
 * {@code public}, serves a schema per tenant. Raw SQL cannot be rewritten: it follows the
 * connection's {@code search_path}, which the tenant runner sets.
 */
public final class SchemaTranslator implements UnaryOperator<SchemaOp> {
  private final String from;
  private final String to;
  private final Move move = new Move();

  public SchemaTranslator(String from, String to) {
    this.from = from;
    this.to = to;
  }

  @Override
  public SchemaOp apply(SchemaOp op) {
    return op.accept(move);
  }

  /** The same schema model, moved. */
  public Schema apply(Schema schema) {
    return new Schema(schema.tables().stream().map(this::table).toList(),
        schema.sequences().stream().map(this::sequence).toList(),
        schema.namespaces().stream().map(this::name).toList(),
        schema.enums().stream().map(this::enumType).toList());
  }

  private String name(String schema) {
    return schema.equals(from) ? to : schema;
  }

  private QualifiedName name(QualifiedName name) {
    return QualifiedName.of(name(name.schema()), name.name());
  }

  private Table table(Table table) {
    Table.Builder moved = Table.builder(name(table.name()))
        .columns(table.columns())
        .comment(table.comment());
    if (table.primaryKey() != null) {
      moved.primaryKey(table.primaryKey());
    }
    table.uniqueConstraints().forEach(moved::unique);
    table.checkConstraints().forEach((CheckConstraint c) -> moved.check(c));
    table.foreignKeys().forEach(fk -> moved.foreignKey(foreignKey(fk)));
    table.indexes().forEach(moved::index);
    return moved.build();
  }

  private ForeignKey foreignKey(ForeignKey fk) {
    return new ForeignKey(fk.name(), fk.columns(), name(fk.target()), fk.targetColumns(),
        fk.onDelete(), fk.onUpdate(), fk.deferrability());
  }

  private EnumType enumType(EnumType type) {
    return new EnumType(name(type.name()), type.values());
  }

  private Sequence sequence(Sequence sequence) {
    return new Sequence(name(sequence.name()), sequence.start(), sequence.increment());
  }

  /** Each op kind with its names moved. */
  private final class Move implements OpVisitor<SchemaOp> {
    @Override
    public SchemaOp visitCreateSchema(CreateSchema o) {
      return new CreateSchema(name(o.name()));
    }

    @Override
    public SchemaOp visitDropSchema(DropSchema o) {
      return new DropSchema(name(o.name()));
    }

    @Override
    public SchemaOp visitCreateTable(CreateTable o) {
      return new CreateTable(table(o.table()));
    }

    @Override
    public SchemaOp visitDropTable(DropTable o) {
      return new DropTable(name(o.table()));
    }

    @Override
    public SchemaOp visitAddColumn(AddColumn o) {
      return new AddColumn(name(o.table()), o.column());
    }

    @Override
    public SchemaOp visitDropColumn(DropColumn o) {
      return new DropColumn(name(o.table()), o.column());
    }

    @Override
    public SchemaOp visitAlterColumn(AlterColumn o) {
      return new AlterColumn(name(o.table()), o.from(), o.to());
    }

    @Override
    public SchemaOp visitAddPrimaryKey(AddPrimaryKey o) {
      return new AddPrimaryKey(name(o.table()), o.primaryKey());
    }

    @Override
    public SchemaOp visitAddUniqueConstraint(AddUniqueConstraint o) {
      return new AddUniqueConstraint(name(o.table()), o.constraint());
    }

    @Override
    public SchemaOp visitAddCheckConstraint(AddCheckConstraint o) {
      return new AddCheckConstraint(name(o.table()), o.constraint(), o.notValid());
    }

    @Override
    public SchemaOp visitCommentOnTable(CommentOnTable o) {
      return new CommentOnTable(name(o.table()), o.from(), o.to());
    }

    @Override
    public SchemaOp visitAddForeignKey(AddForeignKey o) {
      return new AddForeignKey(name(o.table()), foreignKey(o.foreignKey()), o.notValid());
    }

    @Override
    public SchemaOp visitDropConstraint(DropConstraint o) {
      return new DropConstraint(name(o.table()), o.name());
    }

    @Override
    public SchemaOp visitValidateConstraint(ValidateConstraint o) {
      return new ValidateConstraint(name(o.table()), o.name());
    }

    @Override
    public SchemaOp visitCreateIndex(CreateIndex o) {
      return new CreateIndex(name(o.table()), o.index(), o.concurrently());
    }

    @Override
    public SchemaOp visitDropIndex(DropIndex o) {
      return new DropIndex(name(o.table()), o.name(), o.concurrently());
    }

    @Override
    public SchemaOp visitBulkInsert(BulkInsert o) {
      return new BulkInsert(name(o.table()), o.columns(), o.rows());
    }

    @Override
    public SchemaOp visitRenameTable(RenameTable o) {
      return new RenameTable(name(o.table()), o.newName());
    }

    @Override
    public SchemaOp visitRenameColumn(RenameColumn o) {
      return new RenameColumn(name(o.table()), o.from(), o.to());
    }

    @Override
    public SchemaOp visitRenameConstraint(RenameConstraint o) {
      return new RenameConstraint(name(o.table()), o.from(), o.to());
    }

    @Override
    public SchemaOp visitRenameIndex(RenameIndex o) {
      return new RenameIndex(name(o.table()), o.from(), o.to());
    }

    @Override
    public SchemaOp visitCreateSequence(CreateSequence o) {
      return new CreateSequence(sequence(o.sequence()));
    }

    @Override
    public SchemaOp visitAlterSequence(AlterSequence o) {
      return new AlterSequence(sequence(o.from()), sequence(o.to()));
    }

    @Override
    public SchemaOp visitDropSequence(DropSequence o) {
      return new DropSequence(name(o.sequence()));
    }

    @Override
    public SchemaOp visitCreateEnumType(CreateEnumType o) {
      return new CreateEnumType(enumType(o.type()));
    }

    @Override
    public SchemaOp visitAddEnumValue(AddEnumValue o) {
      return new AddEnumValue(name(o.type()), o.value(), o.before());
    }

    @Override
    public SchemaOp visitRecreateEnumType(RecreateEnumType o) {
      return new RecreateEnumType(enumType(o.from()), enumType(o.to()), o.usages().stream()
          .map(u -> new RecreateEnumType.Usage(name(u.table()), u.column(), u.defaultExpression()))
          .toList());
    }

    @Override
    public SchemaOp visitDropEnumType(DropEnumType o) {
      return new DropEnumType(name(o.type()));
    }

    /** Raw SQL cannot be rewritten: it follows the search_path. */
    @Override
    public SchemaOp visitExecuteSql(ExecuteSql o) {
      return o;
    }

    /** Raw SQL cannot be rewritten: it follows the search_path. */
    @Override
    public SchemaOp visitBackfill(Backfill o) {
      return o;
    }
  }
}
