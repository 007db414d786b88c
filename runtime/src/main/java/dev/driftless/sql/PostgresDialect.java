package dev.driftless.sql;

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
import dev.driftless.ops.RecreateEnumType;
import dev.driftless.ops.RenameColumn;
import dev.driftless.ops.RenameConstraint;
import dev.driftless.ops.RenameIndex;
import dev.driftless.ops.RenameTable;
import dev.driftless.ops.SchemaOp;
import dev.driftless.ops.ValidateConstraint;
import dev.driftless.schema.CheckConstraint;
import dev.driftless.schema.Column;
import dev.driftless.schema.EnumType;
import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.Identity;
import dev.driftless.schema.Index;
import dev.driftless.schema.PostgresNames;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.ReferentialAction;
import dev.driftless.schema.Table;
import dev.driftless.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * PostgreSQL SQL for every {@link SchemaOp}. Every identifier is quoted, so reserved words
 * ({@code user}, {@code order}) and mixed case are never a problem.
 */
public final class PostgresDialect implements Dialect {

  @Override
  public List<String> render(SchemaOp op) {
    if (op instanceof CreateSchema o) {
      return List.of("CREATE SCHEMA IF NOT EXISTS " + quote(o.name()));
    } else if (op instanceof DropSchema o) {
      return List.of("DROP SCHEMA " + quote(o.name()));
    } else if (op instanceof CreateTable o) {
      return createTable(o.table());
    } else if (op instanceof DropTable o) {
      return List.of("DROP TABLE " + quote(o.table()));
    } else if (op instanceof RenameTable o) {
      return List.of(alterTable(o.table()) + " RENAME TO " + quote(o.newName()));
    } else if (op instanceof RenameColumn o) {
      return List.of(alterTable(o.table()) + " RENAME COLUMN " + quote(o.from()) + " TO "
          + quote(o.to()));
    } else if (op instanceof RenameConstraint o) {
      return List.of(alterTable(o.table()) + " RENAME CONSTRAINT " + quote(o.from()) + " TO "
          + quote(o.to()));
    } else if (op instanceof RenameIndex o) {
      return List.of("ALTER INDEX " + quote(QualifiedName.of(o.table().schema(), o.from()))
          + " RENAME TO " + quote(o.to()));
    } else if (op instanceof AddColumn o) {
      List<String> statements = new ArrayList<>();
      statements.add(alterTable(o.table()) + " ADD COLUMN " + columnDefinition(o.column()));
      if (o.column().comment() != null) {
        statements.add(columnComment(o.table(), o.column().name(), o.column().comment()));
      }
      return statements;
    } else if (op instanceof DropColumn o) {
      return List.of(alterTable(o.table()) + " DROP COLUMN " + quote(o.column()));
    } else if (op instanceof AlterColumn o) {
      return alterColumn(o);
    } else if (op instanceof AddPrimaryKey o) {
      return List.of(alterTable(o.table()) + " ADD CONSTRAINT " + quote(o.primaryKey().name())
          + " PRIMARY KEY " + columnList(o.primaryKey().columns()));
    } else if (op instanceof AddUniqueConstraint o) {
      return List.of(alterTable(o.table()) + " ADD " + uniqueDefinition(o.constraint()));
    } else if (op instanceof AddCheckConstraint o) {
      return List.of(alterTable(o.table()) + " ADD " + checkDefinition(o.constraint())
          + (o.notValid() ? " NOT VALID" : ""));
    } else if (op instanceof CommentOnTable o) {
      return List.of("COMMENT ON TABLE " + quote(o.table()) + " IS " + literal(o.to()));
    } else if (op instanceof AddForeignKey o) {
      return List.of(alterTable(o.table()) + " ADD " + foreignKeyDefinition(o.foreignKey())
          + (o.notValid() ? " NOT VALID" : ""));
    } else if (op instanceof ValidateConstraint o) {
      return List.of(alterTable(o.table()) + " VALIDATE CONSTRAINT " + quote(o.name()));
    } else if (op instanceof DropConstraint o) {
      return List.of(alterTable(o.table()) + " DROP CONSTRAINT " + quote(o.name()));
    } else if (op instanceof CreateIndex o) {
      return List.of(createIndex(o.table(), o.index(), o.concurrently()));
    } else if (op instanceof DropIndex o) {
      return List.of("DROP INDEX " + (o.concurrently() ? "CONCURRENTLY " : "")
          + quote(QualifiedName.of(o.table().schema(), o.name())));
    } else if (op instanceof CreateSequence o) {
      return List.of("CREATE SEQUENCE " + quote(o.sequence().name()) + " START WITH "
          + o.sequence().start() + " INCREMENT BY " + o.sequence().increment());
    } else if (op instanceof AlterSequence o) {
      return List.of("ALTER SEQUENCE " + quote(o.to().name()) + " START WITH " + o.to().start()
          + " INCREMENT BY " + o.to().increment());
    } else if (op instanceof DropSequence o) {
      return List.of("DROP SEQUENCE " + quote(o.sequence()));
    } else if (op instanceof CreateEnumType o) {
      return List.of(createEnumType(o.type()));
    } else if (op instanceof AddEnumValue o) {
      return List.of("ALTER TYPE " + quote(o.type()) + " ADD VALUE " + literal(o.value())
          + (o.before() == null ? "" : " BEFORE " + literal(o.before())));
    } else if (op instanceof RecreateEnumType o) {
      return recreateEnumType(o);
    } else if (op instanceof DropEnumType o) {
      return List.of("DROP TYPE " + quote(o.type()));
    } else if (op instanceof ExecuteSql o) {
      return List.of(inline(o.sql(), o.parameters()));
    } else if (op instanceof BulkInsert o) {
      return o.rows().isEmpty() ? List.of() : List.of(bulkInsert(o));
    } else if (op instanceof Backfill o) {
      return List.of(backfillLoop(o));
    }
    throw new IllegalArgumentException("no PostgreSQL rendering for " + op);
  }

  private static String createEnumType(EnumType type) {
    return "CREATE TYPE " + quote(type.name()) + " AS ENUM ("
        + type.values().stream().map(PostgresDialect::literal).collect(Collectors.joining(", "))
        + ")";
  }

  /**
   * The old type is renamed aside rather than altered: PostgreSQL can neither remove nor move a
   * label, and a column converts between two enum types only through text.
   */
  private static List<String> recreateEnumType(RecreateEnumType op) {
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

  /** {@code "name"}, with embedded quotes doubled. */
  public static String quote(String identifier) {
    return PostgresNames.quote(identifier);
  }

  /** A string literal, {@code 'it''s'}, or {@code NULL}. */
  public static String literal(String value) {
    return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
  }

  /**
   * A bind value as a SQL literal, for scripts and checksums (the engine itself binds values):
   * numbers and booleans as they are, everything else as a quoted string PostgreSQL casts.
   */
  public static String literal(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    return literal(value.toString());
  }

  /** {@code sql} with each {@code ?} outside quotes replaced by the next parameter's literal. */
  public static String inline(String sql, List<Object> parameters) {
    if (parameters.isEmpty()) {
      return sql;
    }
    StringBuilder out = new StringBuilder();
    int next = 0;
    boolean quoted = false;
    for (char c : sql.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
      }
      if (c == '?' && !quoted) {
        if (next >= parameters.size()) {
          throw new IllegalArgumentException("more ? than parameters in: " + sql);
        }
        out.append(literal(parameters.get(next++)));
      } else {
        out.append(c);
      }
    }
    if (next != parameters.size()) {
      throw new IllegalArgumentException(parameters.size() + " parameters for " + next
          + " placeholders in: " + sql);
    }
    return out.toString();
  }

  /** The INSERT of a bulk insert with literal values, as scripts and checksums show it. */
  private static String bulkInsert(BulkInsert insert) {
    return "INSERT INTO " + quote(insert.table()) + " " + columnList(insert.columns())
        + " VALUES\n    " + insert.rows().stream()
            .map(row -> row.stream().map(PostgresDialect::literal)
                .collect(Collectors.joining(", ", "(", ")")))
            .collect(Collectors.joining(",\n    "));
  }

  /** A backfill as one DO block that commits each batch (PostgreSQL 11+, outside a transaction). */
  private static String backfillLoop(Backfill backfill) {
    return "DO $driftless$\nDECLARE changed bigint;\nBEGIN\n  LOOP\n    "
        + backfill.batchSql() + ";\n    GET DIAGNOSTICS changed = ROW_COUNT;\n"
        + "    EXIT WHEN changed = 0;\n    COMMIT;\n  END LOOP;\nEND\n$driftless$";
  }

  /** {@code "schema"."name"}. */
  public static String quote(QualifiedName name) {
    return quote(name.schema()) + "." + quote(name.name());
  }

  /** The column as it appears in CREATE TABLE or ADD COLUMN. */
  public static String columnDefinition(Column column) {
    StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(column.type());
    switch (column.identity()) {
      case BY_DEFAULT -> sql.append(" GENERATED BY DEFAULT AS IDENTITY");
      case ALWAYS -> sql.append(" GENERATED ALWAYS AS IDENTITY");
      case NONE -> {
        if (column.defaultExpression() != null) {
          sql.append(" DEFAULT ").append(column.defaultExpression());
        }
      }
    }
    if (!column.nullable()) {
      sql.append(" NOT NULL");
    }
    return sql.toString();
  }

  private static List<String> createTable(Table table) {
    List<String> parts = new ArrayList<>();
    table.columns().forEach(c -> parts.add(columnDefinition(c)));
    if (table.primaryKey() != null) {
      parts.add("CONSTRAINT " + quote(table.primaryKey().name()) + " PRIMARY KEY "
          + columnList(table.primaryKey().columns()));
    }
    table.uniqueConstraints().forEach(u -> parts.add(uniqueDefinition(u)));
    table.checkConstraints().forEach(c -> parts.add(checkDefinition(c)));
    table.foreignKeys().forEach(f -> parts.add(foreignKeyDefinition(f)));
    List<String> statements = new ArrayList<>();
    statements.add("CREATE TABLE " + quote(table.name()) + " (\n    "
        + String.join(",\n    ", parts) + "\n)");
    table.indexes().forEach(i -> statements.add(createIndex(table.name(), i, false)));
    if (table.comment() != null) {
      statements.add("COMMENT ON TABLE " + quote(table.name()) + " IS " + literal(table.comment()));
    }
    for (Column column : table.columns()) {
      if (column.comment() != null) {
        statements.add(columnComment(table.name(), column.name(), column.comment()));
      }
    }
    return statements;
  }

  private static List<String> alterColumn(AlterColumn op) {
    String prefix = alterTable(op.table()) + " ALTER COLUMN " + quote(op.to().name());
    Column from = op.from();
    Column to = op.to();
    List<String> statements = new ArrayList<>();
    if (from.identity() != Identity.NONE && to.identity() != from.identity()) {
      statements.add(prefix + " DROP IDENTITY");
    }
    if (!from.type().equals(to.type())) {
      statements.add(prefix + " TYPE " + to.type() + " USING " + quote(to.name()) + "::"
          + to.type());
    }
    if (!Objects.equals(from.defaultExpression(), to.defaultExpression())) {
      statements.add(to.defaultExpression() == null
          ? prefix + " DROP DEFAULT"
          : prefix + " SET DEFAULT " + to.defaultExpression());
    }
    if (from.nullable() != to.nullable()) {
      statements.add(prefix + (to.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
    }
    if (to.identity() != Identity.NONE && to.identity() != from.identity()) {
      String kind = to.identity() == Identity.ALWAYS ? "ALWAYS" : "BY DEFAULT";
      statements.add(prefix + " ADD GENERATED " + kind + " AS IDENTITY");
    }
    if (!Objects.equals(from.comment(), to.comment())) {
      statements.add(columnComment(op.table(), to.name(), to.comment()));
    }
    return statements;
  }

  private static String uniqueDefinition(UniqueConstraint unique) {
    return "CONSTRAINT " + quote(unique.name()) + " UNIQUE " + columnList(unique.columns());
  }

  private static String checkDefinition(CheckConstraint check) {
    return "CONSTRAINT " + quote(check.name()) + " CHECK (" + check.expression() + ")";
  }

  private static String columnComment(QualifiedName table, String column, String comment) {
    return "COMMENT ON COLUMN " + quote(table) + "." + quote(column) + " IS " + literal(comment);
  }

  private static String foreignKeyDefinition(ForeignKey fk) {
    StringBuilder sql = new StringBuilder("CONSTRAINT ").append(quote(fk.name()))
        .append(" FOREIGN KEY ").append(columnList(fk.columns()))
        .append(" REFERENCES ").append(quote(fk.target())).append(' ')
        .append(columnList(fk.targetColumns()));
    if (fk.onDelete() != ReferentialAction.NO_ACTION) {
      sql.append(" ON DELETE ").append(fk.onDelete().sql());
    }
    if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
      sql.append(" ON UPDATE ").append(fk.onUpdate().sql());
    }
    return sql.append(fk.deferrability().sql()).toString();
  }

  private static String createIndex(QualifiedName table, Index index, boolean concurrently) {
    String keys = index.columns().stream().map(PostgresDialect::indexKey)
        .collect(Collectors.joining(", ", "(", ")"));
    return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX "
        + (concurrently ? "CONCURRENTLY " : "") + quote(index.name())
        + " ON " + quote(table)
        + (index.method().equals(Index.DEFAULT_METHOD) ? "" : " USING " + index.method())
        + " " + keys + (index.where() == null ? "" : " WHERE " + index.where());
  }

  /** A column key is quoted, keeping its ordering suffix; an expression key is kept as is. */
  private static String indexKey(String key) {
    if (key.startsWith("(")) {
      return key;
    }
    Matcher matcher = ORDERED_COLUMN.matcher(key);
    return matcher.matches() ? quote(matcher.group(1)) + matcher.group(2) : quote(key);
  }

  private static final Pattern ORDERED_COLUMN =
      Pattern.compile("(.+?)((?: (?:ASC|DESC|NULLS FIRST|NULLS LAST))*)");

  private static String alterTable(QualifiedName table) {
    return "ALTER TABLE " + quote(table);
  }

  private static String columnList(List<String> columns) {
    return columns.stream().map(PostgresDialect::quote).collect(Collectors.joining(", ", "(", ")"));
  }
}
