package dev.driftless.ops;

import dev.driftless.schema.CheckConstraint;
import dev.driftless.schema.Column;
import dev.driftless.schema.EnumType;
import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.Index;
import dev.driftless.schema.PrimaryKey;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Sequence;
import dev.driftless.schema.Table;
import dev.driftless.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * The operations API that revision classes call from {@code upgrade()} and {@code downgrade()}.
 *
 * <p>Calls are recorded, not executed: the engine renders the recorded {@link SchemaOp}s to SQL
 * and runs them in one transaction, which is also what makes offline SQL and checksums possible.
 * Tables are named by schema and name; PostgreSQL's default schema is {@code "public"}.
 */
public final class Ops {
  private final List<SchemaOp> recorded = new ArrayList<>();

  /** The operations recorded so far, in call order. */
  public List<SchemaOp> recorded() {
    return List.copyOf(recorded);
  }

  /** Records an already-built op; the differ and the typed methods below go through here. */
  public Ops add(SchemaOp op) {
    recorded.add(op);
    return this;
  }

  public Ops createTable(Table table) {
    return add(new CreateTable(table));
  }

  public Ops dropTable(String schema, String table) {
    return add(new DropTable(QualifiedName.of(schema, table)));
  }

  public Ops addColumn(String schema, String table, Column column) {
    return add(new AddColumn(QualifiedName.of(schema, table), column));
  }

  /** Renames a table; its rows, keys and the foreign keys pointing at it stay. */
  public Ops renameTable(String schema, String table, String newName) {
    return add(new RenameTable(QualifiedName.of(schema, table), newName));
  }

  /** Renames a column; its data stays. */
  public Ops renameColumn(String schema, String table, String from, String to) {
    return add(new RenameColumn(QualifiedName.of(schema, table), from, to));
  }

  public Ops renameConstraint(String schema, String table, String from, String to) {
    return add(new RenameConstraint(QualifiedName.of(schema, table), from, to));
  }

  public Ops renameIndex(String schema, String table, String from, String to) {
    return add(new RenameIndex(QualifiedName.of(schema, table), from, to));
  }

  public Ops dropColumn(String schema, String table, String column) {
    return add(new DropColumn(QualifiedName.of(schema, table), column));
  }

  /** Changes {@code from} into {@code to}; both describe the same column by name. */
  public Ops alterColumn(String schema, String table, Column from, Column to) {
    return add(new AlterColumn(QualifiedName.of(schema, table), from, to));
  }

  public Ops addPrimaryKey(String schema, String table, String name, String... columns) {
    return add(new AddPrimaryKey(QualifiedName.of(schema, table), PrimaryKey.of(name, columns)));
  }

  public Ops addUniqueConstraint(String schema, String table, String name, String... columns) {
    return add(
        new AddUniqueConstraint(
            QualifiedName.of(schema, table), UniqueConstraint.of(name, columns)));
  }

  public Ops addCheckConstraint(String schema, String table, String name, String expression) {
    return add(new AddCheckConstraint(
        QualifiedName.of(schema, table), CheckConstraint.of(name, expression)));
  }

  /**
   * The large-table safe form of {@link #addCheckConstraint}: {@code NOT VALID}, so existing rows
   * are not checked until {@link #validateConstraint}, ideally in a transaction of its own.
   */
  public Ops addCheckConstraintNotValid(String schema, String table, String name,
      String expression) {
    return add(new AddCheckConstraint(
        QualifiedName.of(schema, table), CheckConstraint.of(name, expression), true));
  }

  /** {@code VALIDATE CONSTRAINT}, for a foreign key or check added {@code NOT VALID}. */
  public Ops validateConstraint(String schema, String table, String name) {
    return add(new ValidateConstraint(QualifiedName.of(schema, table), name));
  }

  /** Sets the table's comment from {@code from} to {@code to}; {@code null} means none. */
  public Ops commentOnTable(String schema, String table, String from, String to) {
    return add(new CommentOnTable(QualifiedName.of(schema, table), from, to));
  }

  public Ops createSchema(String name) {
    return add(new CreateSchema(name));
  }

  public Ops dropSchema(String name) {
    return add(new DropSchema(name));
  }

  public Ops addForeignKey(String schema, String table, ForeignKey foreignKey) {
    return add(new AddForeignKey(QualifiedName.of(schema, table), foreignKey));
  }

  /** The large-table safe form of {@link #addForeignKey}: {@code NOT VALID}, then validate. */
  public Ops addForeignKeyNotValid(String schema, String table, ForeignKey foreignKey) {
    return add(new AddForeignKey(QualifiedName.of(schema, table), foreignKey, true));
  }

  public Ops dropConstraint(String schema, String table, String name) {
    return add(new DropConstraint(QualifiedName.of(schema, table), name));
  }

  public Ops createIndex(String schema, String table, Index index) {
    return add(new CreateIndex(QualifiedName.of(schema, table), index));
  }

  public Ops dropIndex(String schema, String table, String name) {
    return add(new DropIndex(QualifiedName.of(schema, table), name));
  }

  public Ops createSequence(Sequence sequence) {
    return add(new CreateSequence(sequence));
  }

  public Ops alterSequence(Sequence from, Sequence to) {
    return add(new AlterSequence(from, to));
  }

  public Ops dropSequence(String schema, String name) {
    return add(new DropSequence(QualifiedName.of(schema, name)));
  }

  public Ops createEnumType(EnumType type) {
    return add(new CreateEnumType(type));
  }

  /** {@code ALTER TYPE … ADD VALUE value}, last, or before {@code before} when it is not null. */
  public Ops addEnumValue(String schema, String type, String value, String before) {
    return add(new AddEnumValue(QualifiedName.of(schema, type), value, before));
  }

  /** Rebuilds an enum type whose labels were removed or reordered; see {@link RecreateEnumType}. */
  public Ops recreateEnumType(EnumType from, EnumType to, RecreateEnumType.Usage... usages) {
    return add(new RecreateEnumType(from, to, List.of(usages)));
  }

  public Ops dropEnumType(String schema, String name) {
    return add(new DropEnumType(QualifiedName.of(schema, name)));
  }

  /** Raw SQL, for data migrations and anything the typed methods do not cover. */
  public Ops execute(String sql) {
    return add(new ExecuteSql(sql));
  }

  /** Raw SQL with {@code ?} placeholders bound to {@code parameters}, in order. */
  public Ops execute(String sql, Object... parameters) {
    return add(new ExecuteSql(sql, java.util.Arrays.asList(parameters)));
  }

  /** Inserts {@code rows} (each a list of values for {@code columns}) with bind parameters. */
  public Ops bulkInsert(String schema, String table, List<String> columns,
      List<List<Object>> rows) {
    return add(new BulkInsert(QualifiedName.of(schema, table), columns, rows));
  }

  /**
   * Repeats {@code sql} (which must change at most {@code :batch} rows) until it changes none,
   * committing after each batch. Needs {@code @Revision(transactional = false)}.
   */
  public Ops backfill(String sql, int batchSize) {
    return add(new Backfill(sql, batchSize));
  }

  /** {@code CREATE INDEX CONCURRENTLY}: needs {@code @Revision(transactional = false)}. */
  public Ops createIndexConcurrently(String schema, String table, Index index) {
    return add(new CreateIndex(QualifiedName.of(schema, table), index, true));
  }

  /** {@code DROP INDEX CONCURRENTLY}: needs {@code @Revision(transactional = false)}. */
  public Ops dropIndexConcurrently(String schema, String table, String name) {
    return add(new DropIndex(QualifiedName.of(schema, table), name, true));
  }
}
