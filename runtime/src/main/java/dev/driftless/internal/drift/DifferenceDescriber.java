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
import dev.driftless.diff.Equivalence;
import dev.driftless.schema.Column;
import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.Index;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.ReferentialAction;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Sequence;
import dev.driftless.schema.Table;
import dev.driftless.sql.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns the ops of the database-to-snapshot diff into {@link Difference}s a person can act on.
 * The ops say what would reconcile the two; this says what each side has.
 *
 * <p>An index or constraint that exists on both sides with another definition is one difference,
 * although the differ rebuilds it with two ops (a drop, then an add): the drop's entry names what
 * differs and shows both definitions, and the add's is left out. Which drops and adds pair up is
 * read from the two schemas, so that each op kind is still described by its own visit method.
 */
final class DifferenceDescriber implements OpVisitor<Difference> {
  private static final String ABSENT = "absent";
  private static final String MISSING = "missing";
  private static final String PRESENT = "present";
  /** What the add of a drop-and-add pair becomes: its drop has described the change. */
  private static final Difference DESCRIBED_WITH_ITS_DROP = new Difference("", "", "", "");

  private final Dialect dialect;
  private final Schema live;
  private final Schema snapshot;

  /** Describes ops one at a time, with no schemas to pair drops and adds from. */
  DifferenceDescriber(Dialect dialect) {
    this(dialect, Schema.empty(), Schema.empty());
  }

  /**
   * @param live the database's schema, the diff's {@code from}
   * @param snapshot the snapshot's schema, the diff's {@code to}
   */
  DifferenceDescriber(Dialect dialect, Schema live, Schema snapshot) {
    this.dialect = dialect;
    this.live = live;
    this.snapshot = snapshot;
  }

  Difference describe(SchemaOp op) {
    return op.accept(this);
  }

  /** One difference per object: a changed index or constraint once, not as a drop and an add. */
  List<Difference> describeAll(List<SchemaOp> ops) {
    return ops.stream().map(this::describe).filter(d -> d != DESCRIBED_WITH_ITS_DROP).toList();
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

  /**
   * The column definitions when they differ, and the comments when those do: a difference in
   * the comment alone shows the two comments, since the definitions are the same.
   */
  @Override
  public Difference visitAlterColumn(AlterColumn o) {
    Column want = o.to();
    Column have = o.from();
    String column = o.table() + "." + want.name();
    boolean commentDiffers = !Objects.equals(want.comment(), have.comment());
    if (want.withComment(have.comment()).equals(have)) {
      return new Difference("comment on column " + column, quoted(want.comment()),
          quoted(have.comment()), sql(o));
    }
    String wanted = dialect.columnDefinition(want);
    String had = dialect.columnDefinition(have);
    if (commentDiffers) {
      wanted += ", comment " + quoted(want.comment());
      had += ", comment " + quoted(have.comment());
    }
    return new Difference("column " + column, wanted, had, sql(o));
  }

  @Override
  public Difference visitAddPrimaryKey(AddPrimaryKey o) {
    return pairedWithADrop(o.table(), o.primaryKey().name()) ? DESCRIBED_WITH_ITS_DROP
        : new Difference("primary key " + o.primaryKey().name() + " on " + o.table(),
        "PRIMARY KEY " + o.primaryKey().columns(), MISSING, sql(o));
  }

  @Override
  public Difference visitAddUniqueConstraint(AddUniqueConstraint o) {
    return pairedWithADrop(o.table(), o.constraint().name()) ? DESCRIBED_WITH_ITS_DROP
        : new Difference("unique constraint " + o.constraint().name() + " on " + o.table(),
        "UNIQUE " + o.constraint().columns(), MISSING, sql(o));
  }

  @Override
  public Difference visitAddCheckConstraint(AddCheckConstraint o) {
    return pairedWithADrop(o.table(), o.constraint().name()) ? DESCRIBED_WITH_ITS_DROP
        : new Difference("check constraint " + o.constraint().name() + " on " + o.table(),
        "CHECK (" + o.constraint().expression() + ")", MISSING, sql(o));
  }

  @Override
  public Difference visitCommentOnTable(CommentOnTable o) {
    return new Difference("comment on table " + o.table(), quoted(o.to()), quoted(o.from()),
        sql(o));
  }

  @Override
  public Difference visitAddForeignKey(AddForeignKey o) {
    return pairedWithADrop(o.table(), o.foreignKey().name()) ? DESCRIBED_WITH_ITS_DROP
        : new Difference("foreign key " + o.foreignKey().name() + " on " + o.table(),
            foreignKey(o.foreignKey()), MISSING, sql(o));
  }

  @Override
  public Difference visitDropConstraint(DropConstraint o) {
    Optional<SchemaOp> want = constraint(snapshot, o.table(), o.name());
    Optional<SchemaOp> have = constraint(live, o.table(), o.name());
    if (want.isPresent() && have.isPresent()) {
      Difference wanted = alone(want.get());
      return new Difference(wanted.object() + ": definition differs", wanted.expected(),
          alone(have.get()).expected(), sql(o) + ";\n" + sql(want.get()));
    }
    return new Difference("constraint " + o.name() + " on " + o.table(), ABSENT, PRESENT,
        sql(o));
  }

  @Override
  public Difference visitValidateConstraint(ValidateConstraint o) {
    return asDescribed(o);
  }

  @Override
  public Difference visitCreateIndex(CreateIndex o) {
    if (index(live, o.table(), o.index().name()).isPresent()
        && index(snapshot, o.table(), o.index().name()).isPresent()) {
      return DESCRIBED_WITH_ITS_DROP;
    }
    return new Difference("index " + o.index().name() + " on " + o.table(),
        dialect.render(o).get(0), MISSING, sql(o));
  }

  @Override
  public Difference visitDropIndex(DropIndex o) {
    Optional<Index> want = index(snapshot, o.table(), o.name());
    Optional<Index> have = index(live, o.table(), o.name());
    if (want.isPresent() && have.isPresent()) {
      return changedIndex(o, want.get(), have.get());
    }
    return new Difference("index " + o.name() + " on " + o.table(), ABSENT, PRESENT, sql(o));
  }

  /** An index both sides have, by what differs: its columns, uniqueness, method or predicate. */
  private Difference changedIndex(DropIndex drop, Index want, Index have) {
    List<String> aspects = new ArrayList<>();
    List<String> wanted = new ArrayList<>();
    List<String> had = new ArrayList<>();
    if (!want.columns().equals(have.columns())) {
      aspects.add("columns");
      wanted.add(String.valueOf(want.columns()));
      had.add(String.valueOf(have.columns()));
    }
    if (want.unique() != have.unique()) {
      aspects.add("uniqueness");
      wanted.add(want.unique() ? "unique" : "not unique");
      had.add(have.unique() ? "unique" : "not unique");
    }
    if (!want.method().equals(have.method())) {
      aspects.add("method");
      wanted.add("USING " + want.method());
      had.add("USING " + have.method());
    }
    if (!Equivalence.sameExpression(want.where(), have.where())) {
      aspects.add("predicate");
      wanted.add(predicate(want));
      had.add(predicate(have));
    }
    CreateIndex create = new CreateIndex(drop.table(), want);
    if (aspects.isEmpty()) { // an expression PostgreSQL alone tells apart: show both whole
      aspects.add("definition");
      wanted.add(dialect.render(create).get(0));
      had.add(dialect.render(new CreateIndex(drop.table(), have)).get(0));
    }
    return new Difference("index " + want.name() + " on " + drop.table() + ": "
        + String.join(" and ", aspects) + (aspects.size() == 1 ? " differs" : " differ"),
        String.join(", ", wanted), String.join(", ", had), sql(drop) + ";\n" + sql(create));
  }

  private static String predicate(Index index) {
    return index.where() == null ? "no predicate" : "WHERE " + index.where();
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

  /** {@code op} described as if it had no pair: what it alone would add. */
  private Difference alone(SchemaOp op) {
    return new DifferenceDescriber(dialect).describe(op);
  }

  /**
   * Whether the constraint an add op creates exists in the database under its name too: then
   * the differ dropped it first, and that drop describes the change.
   */
  private boolean pairedWithADrop(QualifiedName table, String name) {
    return constraint(live, table, name).isPresent()
        && constraint(snapshot, table, name).isPresent();
  }

  /** The op that would add constraint {@code name} of {@code table} as {@code schema} has it. */
  private static Optional<SchemaOp> constraint(Schema schema, QualifiedName table, String name) {
    Optional<Table> found = schema.table(table);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Table t = found.get();
    if (t.primaryKey() != null && t.primaryKey().name().equals(name)) {
      return Optional.of(new AddPrimaryKey(table, t.primaryKey()));
    }
    Optional<SchemaOp> unique = t.uniqueConstraints().stream()
        .filter(u -> u.name().equals(name)).findFirst()
        .map(u -> new AddUniqueConstraint(table, u));
    Optional<SchemaOp> check = t.checkConstraints().stream()
        .filter(c -> c.name().equals(name)).findFirst()
        .map(c -> new AddCheckConstraint(table, c));
    Optional<SchemaOp> foreignKey = t.foreignKeys().stream()
        .filter(fk -> fk.name().equals(name)).findFirst()
        .map(fk -> new AddForeignKey(table, fk));
    return unique.or(() -> check).or(() -> foreignKey);
  }

  private static Optional<Index> index(Schema schema, QualifiedName table, String name) {
    return schema.table(table).flatMap(t -> t.indexes().stream()
        .filter(i -> i.name().equals(name)).findFirst());
  }

  /** Columns, target, and the actions and deferrability when they are not the defaults. */
  private static String foreignKey(ForeignKey fk) {
    return fk.columns() + " REFERENCES " + fk.target() + fk.targetColumns()
        + (fk.onDelete() == ReferentialAction.NO_ACTION ? "" : " ON DELETE " + fk.onDelete().sql())
        + (fk.onUpdate() == ReferentialAction.NO_ACTION ? "" : " ON UPDATE " + fk.onUpdate().sql())
        + fk.deferrability().sql();
  }

  private static String quoted(String comment) {
    return comment == null ? "no comment" : "'" + comment + "'";
  }

  private static String sequence(Sequence sequence) {
    return "START WITH " + sequence.start() + " INCREMENT BY " + sequence.increment();
  }
}
