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

  public SchemaTranslator(String from, String to) {
    this.from = from;
    this.to = to;
  }

  @Override
  public SchemaOp apply(SchemaOp op) {
    if (op instanceof CreateSchema o) {
      return new CreateSchema(name(o.name()));
    } else if (op instanceof DropSchema o) {
      return new DropSchema(name(o.name()));
    } else if (op instanceof CreateTable o) {
      return new CreateTable(table(o.table()));
    } else if (op instanceof DropTable o) {
      return new DropTable(name(o.table()));
    } else if (op instanceof AddColumn o) {
      return new AddColumn(name(o.table()), o.column());
    } else if (op instanceof DropColumn o) {
      return new DropColumn(name(o.table()), o.column());
    } else if (op instanceof AlterColumn o) {
      return new AlterColumn(name(o.table()), o.from(), o.to());
    } else if (op instanceof AddPrimaryKey o) {
      return new AddPrimaryKey(name(o.table()), o.primaryKey());
    } else if (op instanceof AddUniqueConstraint o) {
      return new AddUniqueConstraint(name(o.table()), o.constraint());
    } else if (op instanceof AddCheckConstraint o) {
      return new AddCheckConstraint(name(o.table()), o.constraint(), o.notValid());
    } else if (op instanceof CommentOnTable o) {
      return new CommentOnTable(name(o.table()), o.from(), o.to());
    } else if (op instanceof AddForeignKey o) {
      return new AddForeignKey(name(o.table()), foreignKey(o.foreignKey()), o.notValid());
    } else if (op instanceof ValidateConstraint o) {
      return new ValidateConstraint(name(o.table()), o.name());
    } else if (op instanceof DropConstraint o) {
      return new DropConstraint(name(o.table()), o.name());
    } else if (op instanceof CreateIndex o) {
      return new CreateIndex(name(o.table()), o.index(), o.concurrently());
    } else if (op instanceof DropIndex o) {
      return new DropIndex(name(o.table()), o.name(), o.concurrently());
    } else if (op instanceof RenameTable o) {
      return new RenameTable(name(o.table()), o.newName());
    } else if (op instanceof RenameColumn o) {
      return new RenameColumn(name(o.table()), o.from(), o.to());
    } else if (op instanceof RenameConstraint o) {
      return new RenameConstraint(name(o.table()), o.from(), o.to());
    } else if (op instanceof RenameIndex o) {
      return new RenameIndex(name(o.table()), o.from(), o.to());
    } else if (op instanceof BulkInsert o) {
      return new BulkInsert(name(o.table()), o.columns(), o.rows());
    } else if (op instanceof CreateSequence o) {
      return new CreateSequence(sequence(o.sequence()));
    } else if (op instanceof AlterSequence o) {
      return new AlterSequence(sequence(o.from()), sequence(o.to()));
    } else if (op instanceof DropSequence o) {
      return new DropSequence(name(o.sequence()));
    } else if (op instanceof CreateEnumType o) {
      return new CreateEnumType(enumType(o.type()));
    } else if (op instanceof AddEnumValue o) {
      return new AddEnumValue(name(o.type()), o.value(), o.before());
    } else if (op instanceof RecreateEnumType o) {
      return new RecreateEnumType(enumType(o.from()), enumType(o.to()), o.usages().stream()
          .map(u -> new RecreateEnumType.Usage(name(u.table()), u.column(), u.defaultExpression()))
          .toList());
    } else if (op instanceof DropEnumType o) {
      return new DropEnumType(name(o.type()));
    }
    return op; // ExecuteSql, Backfill: raw SQL follows the search_path
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
}
