package dev.driftless.diff;

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
import dev.driftless.schema.CheckConstraint;
import dev.driftless.schema.Column;
import dev.driftless.schema.EnumType;
import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.Index;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Sequence;
import dev.driftless.schema.Table;
import dev.driftless.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Computes the ordered operations that turn one {@link Schema} into another.
 *
 * <p>The same differ serves both sides of the product: the processor diffs the committed snapshot
 * against the entities (the upgrade) and the entities against the snapshot (its exact inverse, the
 * downgrade); the drift check diffs the live database against the snapshot.
 *
 * <p>The order always applies on PostgreSQL: foreign keys go first, so no drop trips over a
 * reference; dependent objects are dropped before their tables and columns; tables are created
 * before any foreign key is added, so foreign-key cycles between new tables need nothing special;
 * schemas are created before and dropped after everything in them, enum types before the tables
 * that use them and dropped after those.
 */
public final class SchemaDiffer {

  /** The operations that turn {@code from} into {@code to}; empty when they are equal. */
  public List<SchemaOp> diff(Schema from, Schema to) {
    return diff(from, to, RenameHints.none());
  }

  /**
   * Like {@link #diff(Schema, Schema)}, renaming what {@code hints} says was renamed (rows
   * survive) instead of dropping and adding it. Renames come first; so do constraints and indexes
   * whose definition is unchanged but whose name changed (as a renamed table's {@code _pkey}),
   * which are renamed rather than rebuilt.
   */
  public List<SchemaOp> diff(Schema from, Schema to, RenameHints hints) {
    List<SchemaOp> ops = new ArrayList<>();
    Schema renamed = renames(from, to, hints, ops);
    ops.addAll(structural(renamed, to));
    return List.copyOf(ops);
  }

  private static Schema renames(Schema from, Schema to, RenameHints hints, List<SchemaOp> ops) {
    Schema working = from;
    for (Map.Entry<QualifiedName, QualifiedName> hint : new TreeMap<>(hints.tables()).entrySet()) {
      QualifiedName target = hint.getKey();
      QualifiedName source = hint.getValue();
      if (working.table(source).isPresent() && working.table(target).isEmpty()
          && to.table(target).isPresent() && source.schema().equals(target.schema())) {
        working = apply(new RenameTable(source, target.name()), working, ops);
      }
    }
    for (Map.Entry<QualifiedName, Map<String, String>> table
        : new TreeMap<>(hints.columns()).entrySet()) {
      Optional<Table> now = working.table(table.getKey());
      Optional<Table> wanted = to.table(table.getKey());
      if (now.isEmpty() || wanted.isEmpty()) {
        continue;
      }
      for (Map.Entry<String, String> column : new TreeMap<>(table.getValue()).entrySet()) {
        if (now.get().column(column.getValue()).isPresent()
            && now.get().column(column.getKey()).isEmpty()
            && wanted.get().column(column.getKey()).isPresent()) {
          working = apply(new RenameColumn(table.getKey(), column.getValue(), column.getKey()),
              working, ops);
          now = working.table(table.getKey());
        }
      }
    }
    for (Table wanted : to.tables()) {
      Optional<Table> now = working.table(wanted.name());
      if (now.isPresent()) {
        working = renameConstraints(now.get(), wanted, working, ops);
      }
    }
    return working;
  }

  /** Constraints and indexes equal but for their name become renames. */
  private static Schema renameConstraints(Table now, Table wanted, Schema working,
      List<SchemaOp> ops) {
    Schema result = working;
    java.util.Set<String> claimed = new java.util.HashSet<>();
    if (now.primaryKey() != null && wanted.primaryKey() != null
        && !now.primaryKey().name().equals(wanted.primaryKey().name())
        && now.primaryKey().columns().equals(wanted.primaryKey().columns())) {
      result = apply(new RenameConstraint(now.name(), now.primaryKey().name(),
          wanted.primaryKey().name()), result, ops);
    }
    for (UniqueConstraint old : now.uniqueConstraints()) {
      for (UniqueConstraint neu : wanted.uniqueConstraints()) {
        if (renamed(old.name(), neu.name(), now, wanted) && old.columns().equals(neu.columns())
            && claimed.add(old.name()) && claimed.add(neu.name())) {
          result = apply(new RenameConstraint(now.name(), old.name(), neu.name()), result, ops);
        }
      }
    }
    for (ForeignKey old : now.foreignKeys()) {
      for (ForeignKey neu : wanted.foreignKeys()) {
        if (renamed(old.name(), neu.name(), now, wanted)
            && new ForeignKey(neu.name(), old.columns(), old.target(), old.targetColumns(),
                old.onDelete(), old.onUpdate(), old.deferrability()).equals(neu)
            && claimed.add(old.name()) && claimed.add(neu.name())) {
          result = apply(new RenameConstraint(now.name(), old.name(), neu.name()), result, ops);
        }
      }
    }
    for (CheckConstraint old : now.checkConstraints()) {
      for (CheckConstraint neu : wanted.checkConstraints()) {
        if (renamed(old.name(), neu.name(), now, wanted)
            && old.expression().equals(neu.expression())
            && claimed.add(old.name()) && claimed.add(neu.name())) {
          result = apply(new RenameConstraint(now.name(), old.name(), neu.name()), result, ops);
        }
      }
    }
    for (Index old : now.indexes()) {
      for (Index neu : wanted.indexes()) {
        if (!old.name().equals(neu.name())
            && wanted.indexes().stream().noneMatch(i -> i.name().equals(old.name()))
            && now.indexes().stream().noneMatch(i -> i.name().equals(neu.name()))
            && new Index(neu.name(), old.columns(), old.unique(), old.method(), old.where())
                .equals(neu)
            && claimed.add("index " + old.name()) && claimed.add("index " + neu.name())) {
          result = apply(new RenameIndex(now.name(), old.name(), neu.name()), result, ops);
        }
      }
    }
    return result;
  }

  /** {@code old} left, {@code neu} arrived, and neither name is taken on the other side. */
  private static boolean renamed(String old, String neu, Table now, Table wanted) {
    return !old.equals(neu) && !constraintNames(wanted).contains(old)
        && !constraintNames(now).contains(neu);
  }

  private static java.util.Set<String> constraintNames(Table table) {
    java.util.Set<String> names = new java.util.HashSet<>();
    if (table.primaryKey() != null) {
      names.add(table.primaryKey().name());
    }
    table.uniqueConstraints().forEach(u -> names.add(u.name()));
    table.checkConstraints().forEach(c -> names.add(c.name()));
    table.foreignKeys().forEach(f -> names.add(f.name()));
    return names;
  }

  private static Schema apply(SchemaOp op, Schema schema, List<SchemaOp> ops) {
    ops.add(op);
    return op.applyTo(schema);
  }

  private List<SchemaOp> structural(Schema from, Schema to) {
    List<SchemaOp> ops = new ArrayList<>();
    dropForeignKeys(from, to, ops);
    for (Table old : from.tables()) {
      to.table(old.name()).ifPresent(now -> dropChangedConstraints(old, now, ops));
    }
    for (Table old : from.tables()) {
      if (to.table(old.name()).isEmpty()) {
        ops.add(new DropTable(old.name()));
      }
    }
    for (Table old : from.tables()) {
      to.table(old.name()).ifPresent(now -> dropColumns(old, now, ops));
    }
    for (String namespace : to.namespaces()) {
      if (!from.namespaces().contains(namespace) && !isDefault(namespace)) {
        ops.add(new CreateSchema(namespace));
      }
    }
    addOrChangeEnums(from, to, ops);
    addOrAlterSequences(from, to, ops);
    for (Table now : to.tables()) {
      if (from.table(now.name()).isEmpty()) {
        ops.add(new CreateTable(now.toBuilder().clearForeignKeys().build()));
      }
    }
    for (Table now : to.tables()) {
      from.table(now.name()).ifPresent(old -> addOrAlterColumns(old, now, ops));
    }
    for (Table now : to.tables()) {
      from.table(now.name()).ifPresent(old -> addChangedConstraints(old, now, ops));
    }
    addForeignKeys(from, to, ops);
    for (Sequence old : from.sequences()) {
      if (to.sequence(old.name()).isEmpty()) {
        ops.add(new DropSequence(old.name()));
      }
    }
    for (EnumType old : from.enums()) {
      if (to.enumType(old.name()).isEmpty()) {
        ops.add(new DropEnumType(old.name()));
      }
    }
    for (String namespace : from.namespaces()) {
      if (!to.namespaces().contains(namespace) && !isDefault(namespace)) {
        ops.add(new DropSchema(namespace));
      }
    }
    return List.copyOf(ops);
  }

  private static boolean isDefault(String namespace) {
    return namespace.equals(QualifiedName.DEFAULT_SCHEMA);
  }

  private static void dropForeignKeys(Schema from, Schema to, List<SchemaOp> ops) {
    for (Table old : from.tables()) {
      List<ForeignKey> kept = to.table(old.name()).map(Table::foreignKeys).orElse(List.of());
      for (ForeignKey fk : old.foreignKeys()) {
        if (!kept.contains(fk)) {
          ops.add(new DropConstraint(old.name(), fk.name()));
        }
      }
    }
  }

  private static void dropChangedConstraints(Table old, Table now, List<SchemaOp> ops) {
    if (old.primaryKey() != null && !old.primaryKey().equals(now.primaryKey())) {
      ops.add(new DropConstraint(old.name(), old.primaryKey().name()));
    }
    for (UniqueConstraint unique : old.uniqueConstraints()) {
      if (!now.uniqueConstraints().contains(unique)) {
        ops.add(new DropConstraint(old.name(), unique.name()));
      }
    }
    for (CheckConstraint check : old.checkConstraints()) {
      if (!now.checkConstraints().contains(check)) {
        ops.add(new DropConstraint(old.name(), check.name()));
      }
    }
    for (Index index : old.indexes()) {
      if (!now.indexes().contains(index)) {
        ops.add(new DropIndex(old.name(), index.name()));
      }
    }
  }

  private static void dropColumns(Table old, Table now, List<SchemaOp> ops) {
    for (Column column : old.columns()) {
      if (now.column(column.name()).isEmpty()) {
        ops.add(new DropColumn(old.name(), column.name()));
      }
    }
  }

  /**
   * New enum types are created before the tables that use them. Labels only added become
   * {@code ADD VALUE}s, each placed before its successor; anything else rebuilds the type.
   */
  private static void addOrChangeEnums(Schema from, Schema to, List<SchemaOp> ops) {
    for (EnumType now : to.enums()) {
      Optional<EnumType> old = from.enumType(now.name());
      if (old.isEmpty()) {
        ops.add(new CreateEnumType(now));
      } else if (old.get().isExtendedBy(now)) {
        List<String> values = now.values();
        for (int i = 0; i < values.size(); i++) {
          if (!old.get().values().contains(values.get(i))) {
            String before = values.subList(i + 1, values.size()).stream()
                .filter(old.get().values()::contains).findFirst().orElse(null);
            ops.add(new AddEnumValue(now.name(), values.get(i), before));
          }
        }
      } else if (!old.get().equals(now)) {
        ops.add(new RecreateEnumType(old.get(), now, usages(old.get(), from, to)));
      }
    }
  }

  /** The columns of {@code type} that stay, and so are converted when it is rebuilt. */
  private static List<RecreateEnumType.Usage> usages(EnumType type, Schema from, Schema to) {
    List<RecreateEnumType.Usage> usages = new ArrayList<>();
    for (Table table : from.tables()) {
      Optional<Table> kept = to.table(table.name());
      for (Column column : table.columns()) {
        if (column.type().equals(type.columnType()) && kept.isPresent()
            && kept.get().column(column.name()).isPresent()) {
          usages.add(new RecreateEnumType.Usage(table.name(), column.name(),
              column.defaultExpression()));
        }
      }
    }
    return usages;
  }

  private static void addOrAlterSequences(Schema from, Schema to, List<SchemaOp> ops) {
    for (Sequence now : to.sequences()) {
      Optional<Sequence> old = from.sequence(now.name());
      if (old.isEmpty()) {
        ops.add(new CreateSequence(now));
      } else if (!old.get().equals(now)) {
        ops.add(new AlterSequence(old.get(), now));
      }
    }
  }

  private static void addOrAlterColumns(Table old, Table now, List<SchemaOp> ops) {
    for (Column column : now.columns()) {
      Optional<Column> before = old.column(column.name());
      if (before.isEmpty()) {
        ops.add(new AddColumn(now.name(), column));
      } else if (!before.get().equals(column)) {
        ops.add(new AlterColumn(now.name(), before.get(), column));
      }
    }
  }

  private static void addChangedConstraints(Table old, Table now, List<SchemaOp> ops) {
    if (now.primaryKey() != null && !Objects.equals(old.primaryKey(), now.primaryKey())) {
      ops.add(new AddPrimaryKey(now.name(), now.primaryKey()));
    }
    for (UniqueConstraint unique : now.uniqueConstraints()) {
      if (!old.uniqueConstraints().contains(unique)) {
        ops.add(new AddUniqueConstraint(now.name(), unique));
      }
    }
    for (CheckConstraint check : now.checkConstraints()) {
      if (!old.checkConstraints().contains(check)) {
        ops.add(new AddCheckConstraint(now.name(), check));
      }
    }
    if (!Objects.equals(old.comment(), now.comment())) {
      ops.add(new CommentOnTable(now.name(), old.comment(), now.comment()));
    }
    for (Index index : now.indexes()) {
      if (!old.indexes().contains(index)) {
        ops.add(new CreateIndex(now.name(), index));
      }
    }
  }

  private static void addForeignKeys(Schema from, Schema to, List<SchemaOp> ops) {
    for (Table now : to.tables()) {
      List<ForeignKey> existing = from.table(now.name()).map(Table::foreignKeys).orElse(List.of());
      for (ForeignKey fk : now.foreignKeys()) {
        if (!existing.contains(fk)) {
          ops.add(new AddForeignKey(now.name(), fk));
        }
      }
    }
  }
}
