package dev.driftless.diff;

import dev.driftless.ops.AddCheckConstraint;
import dev.driftless.ops.AddColumn;
import dev.driftless.ops.AddForeignKey;
import dev.driftless.ops.AddPrimaryKey;
import dev.driftless.ops.AddUniqueConstraint;
import dev.driftless.ops.AlterColumn;
import dev.driftless.ops.AlterSequence;
import dev.driftless.ops.CommentOnTable;
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
import java.util.Objects;
import java.util.Optional;

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
 *
 * <p>Defaults, checks and index predicates spelled differently but meaning the same
 * ({@link Equivalence}) are no change, on both sides alike.
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
    Schema renamed = RenameDiffer.renames(from, to, hints, ops);
    ops.addAll(structural(renamed, to));
    return List.copyOf(ops);
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
    EnumDiffer.addOrChange(from, to, ops);
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
      if (!Equivalence.containsCheck(now.checkConstraints(), check)) {
        ops.add(new DropConstraint(old.name(), check.name()));
      }
    }
    for (Index index : old.indexes()) {
      if (!Equivalence.containsIndex(now.indexes(), index)) {
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
      } else if (!Equivalence.sameColumn(before.get(), column)) {
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
      if (!Equivalence.containsCheck(old.checkConstraints(), check)) {
        ops.add(new AddCheckConstraint(now.name(), check));
      }
    }
    if (!Objects.equals(old.comment(), now.comment())) {
      ops.add(new CommentOnTable(now.name(), old.comment(), now.comment()));
    }
    for (Index index : now.indexes()) {
      if (!Equivalence.containsIndex(old.indexes(), index)) {
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
