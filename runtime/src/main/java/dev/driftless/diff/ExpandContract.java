package dev.driftless.diff;

import dev.driftless.ops.AddPrimaryKey;
import dev.driftless.ops.AlterColumn;
import dev.driftless.ops.AlterSequence;
import dev.driftless.ops.RecreateEnumType;
import dev.driftless.ops.RenameColumn;
import dev.driftless.ops.RenameTable;
import dev.driftless.ops.SchemaOp;
import dev.driftless.schema.Column;
import dev.driftless.schema.EnumType;
import dev.driftless.schema.Identity;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Sequence;
import dev.driftless.schema.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * Splits one schema change into the two revisions of a rolling deploy, during which the previous
 * release and the new one use the same database:
 *
 * <ul>
 *   <li><b>expand</b>, applied before the rollout, turns the old schema into the <em>expanded</em>
 *       one: everything the new release needs, with everything the previous release still uses
 *       left in place: a renamed column gets its new column next to the old one, kept equal by a
 *       trigger ({@link ColumnSync}) and backfilled; a NOT NULL the previous release would not
 *       satisfy waits; a dropped column loses only its NOT NULL;
 *   <li><b>contract</b>, applied after the rollout, turns the expanded schema into the new one:
 *       it drops the old columns, tables, constraints and triggers and sets the waiting NOT NULLs.
 * </ul>
 *
 * The expanded schema is the union of the two, the old definition winning where an object of
 * one name differs. A change that no union can serve to both releases (a table rename, a primary
 * key change, an in-place type change the previous release cannot read) is refused with the
 * reason, rather than generated unsafe. Both revisions use the large-table safe forms: the
 * application is serving traffic while they run.
 */
public final class ExpandContract {
  private final SchemaDiffer differ = new SchemaDiffer();
  private final OnlineForms online = new OnlineForms();

  /** What a change needs in a rolling deploy. */
  public sealed interface Plan permits Single, Split, Refused {}

  /** Nothing in the change breaks the previous release: one revision, as without rolling mode. */
  public record Single() implements Plan {}

  /**
   * Two revisions.
   *
   * @param from the schema before
   * @param expanded the schema between expand and contract
   * @param to the schema after
   * @param syncs the renamed columns kept in sync between the two steps
   */
  public record Split(Schema from, Schema expanded, Schema to, List<ColumnSync> syncs)
      implements Plan {

    public Split {
      syncs = List.copyOf(syncs);
    }
  }

  /** Changes that no expand and contract pair can make safe, each with why and what to do. */
  public record Refused(List<Refusal> refusals) implements Plan {

    public Refused {
      refusals = List.copyOf(refusals);
    }
  }

  /** One refused change: the op (for where to report it) and the reason. */
  public record Refusal(SchemaOp op, String reason) {}

  /** How the change {@code upgrade} (from {@code from} to {@code to}) goes through a rollout. */
  public Plan plan(Schema from, Schema to, List<SchemaOp> upgrade) {
    Map<QualifiedName, Map<String, String>> renames = new HashMap<>();
    upgrade.stream().filter(RenameColumn.class::isInstance).map(RenameColumn.class::cast)
        .forEach(r -> renames.computeIfAbsent(r.table(), t -> new HashMap<>())
            .put(r.to(), r.from()));
    List<Refusal> refusals = new ArrayList<>();
    for (SchemaOp op : upgrade) {
      refusal(op, from, renames).ifPresent(reason -> refusals.add(new Refusal(op, reason)));
    }
    if (!refusals.isEmpty()) {
      return new Refused(refusals);
    }
    List<ColumnSync> syncs = new ArrayList<>();
    renames.forEach((table, byNew) -> byNew.forEach((newName, oldName) -> syncs.add(
        new ColumnSync(table, from.table(table).orElseThrow().column(oldName).orElseThrow(),
            to.table(table).orElseThrow().column(newName).orElseThrow()))));
    syncs.sort(Comparator.comparing(ColumnSync::name));
    Schema expanded = expanded(from, to, renames);
    // Column order aside (the expand appends), nothing to contract means nothing breaks.
    return syncs.isEmpty() && differ.diff(expanded, to).isEmpty() ? new Single()
        : new Split(from, expanded, to, syncs);
  }

  /** The expand revision's {@code upgrade()}: the new objects, then the triggers and backfills. */
  public List<SchemaOp> expandUpgrade(Split split) {
    return through(split.from(), split.expanded(), installed(split, ColumnSync::fillRenamed),
        split.expanded());
  }

  /**
   * The expand revision's {@code downgrade()}: back to exactly the schema before, the old
   * columns' NOT NULL and defaults first (a row the new release left NULL stops it before
   * anything is dropped), then the triggers and the new objects.
   */
  public List<SchemaOp> expandDowngrade(Split split) {
    return through(split.expanded(), withColumnsOf(split.expanded(), split.from()),
        removed(split), split.from());
  }

  /**
   * The contract revision's {@code upgrade()}: first what the new release requires of its own
   * columns (NOT NULL, defaults), so that a row the previous release left NULL stops the contract
   * while nothing is lost yet; then the triggers, then the old objects, go.
   */
  public List<SchemaOp> contractUpgrade(Split split) {
    return through(split.expanded(), withColumnsOf(split.expanded(), split.to()),
        removed(split), split.to());
  }

  /** The contract revision's {@code downgrade()}: the old objects back, filled and in sync. */
  public List<SchemaOp> contractDowngrade(Split split) {
    return through(split.to(), withColumnsOf(split.expanded(), split.to()),
        installed(split, ColumnSync::fillOld), split.expanded());
  }

  /** From {@code start} to {@code middle}, then {@code between}, then on to {@code end}. */
  private List<SchemaOp> through(Schema start, Schema middle, List<SchemaOp> between,
      Schema end) {
    List<SchemaOp> ops = new ArrayList<>(online.rewrite(start, differ.diff(start, middle)));
    ops.addAll(between);
    ops.addAll(online.rewrite(middle, differ.diff(middle, end)));
    return List.copyOf(ops);
  }

  /** The sync triggers created, then each new column filled by {@code fill}. */
  private static List<SchemaOp> installed(Split split, Function<ColumnSync, SchemaOp> fill) {
    List<SchemaOp> ops = new ArrayList<>();
    split.syncs().forEach(s -> ops.addAll(s.install()));
    split.syncs().forEach(s -> ops.add(fill.apply(s)));
    return ops;
  }

  private static List<SchemaOp> removed(Split split) {
    return split.syncs().stream().flatMap(s -> s.remove().stream()).toList();
  }

  /** {@code expanded} with {@code release}'s definition of every column {@code release} has. */
  private static Schema withColumnsOf(Schema expanded, Schema release) {
    Map<QualifiedName, Table> changed = new HashMap<>();
    for (Table table : expanded.tables()) {
      release.table(table.name()).ifPresent(own -> changed.put(table.name(),
          table.toBuilder().mapColumns(c -> own.column(c.name()).orElse(c)).build()));
    }
    return expanded.withTables(changed);
  }

  private static Optional<String> refusal(SchemaOp op, Schema from,
      Map<QualifiedName, Map<String, String>> renames) {
    String instead = " Without downtime this takes several releases by hand; or build this "
        + "change with -Adriftless.deploy=single and stop the previous release before migrating.";
    if (op instanceof RenameTable o) {
      return Optional.of("renames table " + o.table() + " to " + o.newName() + ", which the "
          + "previous release still reads and writes under its old name; rolling mode covers "
          + "column renames, not table renames." + instead);
    }
    if (op instanceof AddPrimaryKey o && from.table(o.table()).isPresent()) {
      return Optional.of("changes the primary key of " + o.table() + ", which both releases "
          + "identify rows by." + instead);
    }
    if (op instanceof RenameColumn o && from.table(o.table()).flatMap(Table::primaryKeyIfAny)
        .filter(pk -> pk.columns().contains(o.from())).isPresent()) {
      return Optional.of("renames primary-key column " + o.table() + "." + o.from() + ", which "
          + "foreign keys and both releases identify rows by." + instead);
    }
    if (op instanceof AlterColumn o && from.table(o.table()).isPresent()
        && !renames.getOrDefault(o.table(), Map.of()).containsKey(o.to().name())) {
      if (!o.keepsTypeReadable()) {
        return Optional.of("changes the type of " + o.table() + "." + o.to().name() + " from "
            + o.from().type() + " to " + o.to().type() + " in place, while the previous release "
            + "still reads and writes it as " + o.from().type() + ". Give the new type a new "
            + "column name (@Column(name = \"" + o.to().name() + "_v2\") with @RenamedFrom(\""
            + o.to().name() + "\")): the expand revision then adds that column and keeps both "
            + "in sync, converting, until the contract.");
      }
      if (o.from().identity() != o.to().identity()) {
        return Optional.of("changes the identity generation of " + o.table() + "."
            + o.to().name() + ", which the previous release inserts with." + instead);
      }
    }
    if (op instanceof AlterSequence o) {
      return Optional.of("changes sequence " + o.from().name() + ", from which the previous "
          + "release still allocates ids with the old increment, so the two could hand out the "
          + "same id." + instead);
    }
    if (op instanceof RecreateEnumType o) {
      return Optional.of("removes or reorders values of enum type " + o.from().name() + ", which "
          + "the previous release may still write." + instead);
    }
    return Optional.empty();
  }

  private static Schema expanded(Schema from, Schema to,
      Map<QualifiedName, Map<String, String>> renames) {
    List<Table> tables = union(from.tables(), to.tables(), Table::name, (old, now) ->
        table(old, now, renames.getOrDefault(now.name(), Map.of())));
    List<Sequence> sequences = union(from.sequences(), to.sequences(), Sequence::name,
        (old, now) -> old);
    List<EnumType> enums = union(from.enums(), to.enums(), EnumType::name, (old, now) -> now);
    List<String> namespaces = new ArrayList<>(from.namespaces());
    namespaces.addAll(to.namespaces());
    return new Schema(tables, sequences, namespaces.stream().distinct().toList(), enums);
  }

  /**
   * A table both schemas have, as both releases can use it: the new columns (nullable while the
   * previous release, which does not write them, is running), then the columns only the previous
   * release uses (nullable, so that the new release's inserts do not fail on them), and the
   * constraints and indexes of both.
   */
  private static Table table(Table old, Table now, Map<String, String> renamedFrom) {
    // In the order the expand leaves them: the old columns, then the added ones at the end.
    List<Column> columns = new ArrayList<>();
    for (Column column : old.columns()) {
      Optional<Column> after = now.column(column.name());
      if (after.isPresent()) {
        columns.add(after.get().nullable(after.get().nullable() || column.nullable()));
      } else {
        boolean renamed = renamedFrom.containsValue(column.name());
        Column kept = renamed ? withoutDefault(column) : column;
        columns.add(kept.defaultExpression() != null ? kept : kept.nullable(true));
      }
    }
    for (Column column : now.columns()) {
      if (old.column(column.name()).isPresent()) {
        continue;
      }
      if (renamedFrom.containsKey(column.name())) {
        columns.add(withoutDefault(column).nullable(true)); // the trigger tells writers apart
      } else {
        boolean filledForOldInserts = column.defaultExpression() != null
            || column.identity() != Identity.NONE;
        columns.add(filledForOldInserts ? column : column.nullable(true));
      }
    }
    return new Table(now.name(), columns, now.primaryKey(),
        union(old.uniqueConstraints(), now.uniqueConstraints(), u -> u.name(), (o, n) -> o),
        union(old.checkConstraints(), now.checkConstraints(), c -> c.name(), (o, n) -> o),
        union(old.foreignKeys(), now.foreignKeys(), f -> f.name(), (o, n) -> o),
        union(old.indexes(), now.indexes(), i -> i.name(), (o, n) -> o),
        now.comment());
  }

  private static Column withoutDefault(Column column) {
    return new Column(column.name(), column.type(), column.nullable(), column.identity(), null,
        column.comment());
  }

  /** Every object of either list by name; {@code both} decides for a name in both. */
  private static <T, K extends Comparable<K>> List<T> union(List<T> old, List<T> now,
      Function<T, K> name, BinaryOperator<T> both) {
    Map<K, T> byName = new TreeMap<>();
    Map<K, T> olds = new LinkedHashMap<>();
    old.forEach(o -> olds.put(name.apply(o), o));
    now.forEach(n -> byName.put(name.apply(n),
        olds.containsKey(name.apply(n)) ? both.apply(olds.get(name.apply(n)), n) : n));
    olds.forEach(byName::putIfAbsent);
    return new ArrayList<>(byName.values());
  }
}
