package dev.driftless.diff;

import dev.driftless.ops.RenameColumn;
import dev.driftless.ops.RenameConstraint;
import dev.driftless.ops.RenameIndex;
import dev.driftless.ops.RenameTable;
import dev.driftless.ops.SchemaOp;
import dev.driftless.schema.CheckConstraint;
import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.Index;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Table;
import dev.driftless.schema.UniqueConstraint;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The first part of a diff: renames announced by {@link RenameHints} (tables, then columns), and
 * constraints and indexes whose definition is unchanged but whose name changed, which are renamed
 * rather than rebuilt. Each rename is applied to a working copy, which the rest of the diff starts
 * from.
 */
final class RenameDiffer {
  private RenameDiffer() {}

  static Schema renames(Schema from, Schema to, RenameHints hints, List<SchemaOp> ops) {
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
}
