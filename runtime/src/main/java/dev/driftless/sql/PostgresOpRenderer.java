package dev.driftless.sql;

import static dev.driftless.sql.PostgresDialect.inline;
import static dev.driftless.sql.PostgresDialect.literal;
import static dev.driftless.sql.PostgresDialect.quote;
import static dev.driftless.sql.TableDdl.alterTable;
import static dev.driftless.sql.TableDdl.checkDefinition;
import static dev.driftless.sql.TableDdl.columnComment;
import static dev.driftless.sql.TableDdl.columnDefinition;
import static dev.driftless.sql.TableDdl.columnList;
import static dev.driftless.sql.TableDdl.foreignKeyDefinition;
import static dev.driftless.sql.TableDdl.uniqueDefinition;

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
import dev.driftless.ops.ValidateConstraint;
import dev.driftless.schema.EnumType;
import dev.driftless.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The PostgreSQL statements of each op kind, in order, without trailing semicolons. */
final class PostgresOpRenderer implements OpVisitor<List<String>> {

  @Override
  public List<String> visitCreateSchema(CreateSchema op) {
    return List.of("CREATE SCHEMA IF NOT EXISTS " + quote(op.name()));
  }

  @Override
  public List<String> visitDropSchema(DropSchema op) {
    return List.of("DROP SCHEMA " + quote(op.name()));
  }

  @Override
  public List<String> visitCreateTable(CreateTable op) {
    return TableDdl.createTable(op.table());
  }

  @Override
  public List<String> visitDropTable(DropTable op) {
    return List.of("DROP TABLE " + quote(op.table()));
  }

  @Override
  public List<String> visitAddColumn(AddColumn op) {
    List<String> statements = new ArrayList<>();
    statements.add(alterTable(op.table()) + " ADD COLUMN " + columnDefinition(op.column()));
    if (op.column().comment() != null) {
      statements.add(columnComment(op.table(), op.column().name(), op.column().comment()));
    }
    return statements;
  }

  @Override
  public List<String> visitDropColumn(DropColumn op) {
    return List.of(alterTable(op.table()) + " DROP COLUMN " + quote(op.column()));
  }

  @Override
  public List<String> visitAlterColumn(AlterColumn op) {
    return TableDdl.alterColumn(op);
  }

  @Override
  public List<String> visitAddPrimaryKey(AddPrimaryKey op) {
    return List.of(alterTable(op.table()) + " ADD CONSTRAINT " + quote(op.primaryKey().name())
        + " PRIMARY KEY " + columnList(op.primaryKey().columns()));
  }

  @Override
  public List<String> visitAddUniqueConstraint(AddUniqueConstraint op) {
    return List.of(alterTable(op.table()) + " ADD " + uniqueDefinition(op.constraint()));
  }

  @Override
  public List<String> visitAddCheckConstraint(AddCheckConstraint op) {
    return List.of(alterTable(op.table()) + " ADD " + checkDefinition(op.constraint())
        + (op.notValid() ? " NOT VALID" : ""));
  }

  @Override
  public List<String> visitCommentOnTable(CommentOnTable op) {
    return List.of("COMMENT ON TABLE " + quote(op.table()) + " IS " + literal(op.to()));
  }

  @Override
  public List<String> visitAddForeignKey(AddForeignKey op) {
    return List.of(alterTable(op.table()) + " ADD " + foreignKeyDefinition(op.foreignKey())
        + (op.notValid() ? " NOT VALID" : ""));
  }

  @Override
  public List<String> visitDropConstraint(DropConstraint op) {
    return List.of(alterTable(op.table()) + " DROP CONSTRAINT " + quote(op.name()));
  }

  @Override
  public List<String> visitValidateConstraint(ValidateConstraint op) {
    return List.of(alterTable(op.table()) + " VALIDATE CONSTRAINT " + quote(op.name()));
  }

  @Override
  public List<String> visitCreateIndex(CreateIndex op) {
    return List.of(TableDdl.createIndex(op.table(), op.index(), op.concurrently()));
  }

  @Override
  public List<String> visitDropIndex(DropIndex op) {
    return List.of("DROP INDEX " + (op.concurrently() ? "CONCURRENTLY " : "")
        + quote(QualifiedName.of(op.table().schema(), op.name())));
  }

  /** The INSERT of a bulk insert with literal values, as scripts and checksums show it. */
  @Override
  public List<String> visitBulkInsert(BulkInsert op) {
    if (op.rows().isEmpty()) {
      return List.of();
    }
    return List.of("INSERT INTO " + quote(op.table()) + " " + columnList(op.columns())
        + " VALUES\n    " + op.rows().stream()
            .map(row -> row.stream().map(PostgresDialect::literal)
                .collect(Collectors.joining(", ", "(", ")")))
            .collect(Collectors.joining(",\n    ")));
  }

  @Override
  public List<String> visitRenameTable(RenameTable op) {
    return List.of(alterTable(op.table()) + " RENAME TO " + quote(op.newName()));
  }

  @Override
  public List<String> visitRenameColumn(RenameColumn op) {
    return List.of(alterTable(op.table()) + " RENAME COLUMN " + quote(op.from()) + " TO "
        + quote(op.to()));
  }

  @Override
  public List<String> visitRenameConstraint(RenameConstraint op) {
    return List.of(alterTable(op.table()) + " RENAME CONSTRAINT " + quote(op.from()) + " TO "
        + quote(op.to()));
  }

  @Override
  public List<String> visitRenameIndex(RenameIndex op) {
    return List.of("ALTER INDEX " + quote(QualifiedName.of(op.table().schema(), op.from()))
        + " RENAME TO " + quote(op.to()));
  }

  @Override
  public List<String> visitCreateSequence(CreateSequence op) {
    return List.of("CREATE SEQUENCE " + quote(op.sequence().name()) + " START WITH "
        + op.sequence().start() + " INCREMENT BY " + op.sequence().increment());
  }

  @Override
  public List<String> visitAlterSequence(AlterSequence op) {
    return List.of("ALTER SEQUENCE " + quote(op.to().name()) + " START WITH " + op.to().start()
        + " INCREMENT BY " + op.to().increment());
  }

  @Override
  public List<String> visitDropSequence(DropSequence op) {
    return List.of("DROP SEQUENCE " + quote(op.sequence()));
  }

  @Override
  public List<String> visitCreateEnumType(CreateEnumType op) {
    return List.of(createEnumType(op.type()));
  }

  @Override
  public List<String> visitAddEnumValue(AddEnumValue op) {
    return List.of("ALTER TYPE " + quote(op.type()) + " ADD VALUE " + literal(op.value())
        + (op.before() == null ? "" : " BEFORE " + literal(op.before())));
  }

  /**
   * The old type is renamed aside rather than altered: PostgreSQL can neither remove nor move a
   * label, and a column converts between two enum types only through text.
   */
  @Override
  public List<String> visitRecreateEnumType(RecreateEnumType op) {
    QualifiedName name = op.to().name();
    String aside = name.name() + "__driftless_old";
    List<String> statements = new ArrayList<>();
    statements.add("ALTER TYPE " + quote(name) + " RENAME TO " + quote(aside));
    statements.add(createEnumType(op.to()));
    for (RecreateEnumType.Usage usage : op.usages()) {
      String column = alterTable(usage.table()) + " ALTER COLUMN " + quote(usage.column());
      if (usage.defaultExpression() != null) {
        statements.add(column + " DROP DEFAULT");
      }
      statements.add(column + " TYPE " + quote(name) + " USING " + quote(usage.column())
          + "::text::" + quote(name));
      if (usage.defaultExpression() != null) {
        statements.add(column + " SET DEFAULT " + usage.defaultExpression());
      }
    }
    statements.add("DROP TYPE " + quote(QualifiedName.of(name.schema(), aside)));
    return statements;
  }

  @Override
  public List<String> visitDropEnumType(DropEnumType op) {
    return List.of("DROP TYPE " + quote(op.type()));
  }

  @Override
  public List<String> visitExecuteSql(ExecuteSql op) {
    return List.of(inline(op.sql(), op.parameters()));
  }

  /** A backfill as one DO block that commits each batch (PostgreSQL 11+, outside a transaction). */
  @Override
  public List<String> visitBackfill(Backfill op) {
    return List.of("DO $driftless$\nDECLARE changed bigint;\nBEGIN\n  LOOP\n    "
        + op.batchSql() + ";\n    GET DIAGNOSTICS changed = ROW_COUNT;\n"
        + "    EXIT WHEN changed = 0;\n    COMMIT;\n  END LOOP;\nEND\n$driftless$");
  }

  private static String createEnumType(EnumType type) {
    return "CREATE TYPE " + quote(type.name()) + " AS ENUM ("
        + type.values().stream().map(PostgresDialect::literal).collect(Collectors.joining(", "))
        + ")";
  }
}
