package dev.driftless.processor.intent;

import dev.driftless.processor.element.ErrorReporter;

import dev.driftless.diff.RenameHints;
import dev.driftless.ops.AddColumn;
import dev.driftless.ops.CreateTable;
import dev.driftless.ops.DropColumn;
import dev.driftless.ops.DropTable;
import dev.driftless.ops.SchemaOp;
import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * Finds drops paired with adds that may be renames nobody announced. Generating the drop would
 * lose the data, so each is a compile error on the new element offering both fixes: announce
 * the rename with {@code @RenamedFrom}, or confirm the drop with {@code @ConfirmDrop}.
 *
 * <p>A column may be a rename when a column of the same type is dropped from the same table. A
 * table may be a rename when a table is dropped from the same schema and at least half of its
 * columns (name and type) reappear in the new one, as they do when an entity class is renamed.
 */
public final class PossibleRenames {
  private final ErrorReporter reporter;
  private final ChangeIntents intents;

  public PossibleRenames(ErrorReporter reporter, ChangeIntents intents) {
    this.reporter = reporter;
    this.intents = intents;
  }

  /** Reports every possible rename in {@code upgrade}; returns whether there was one. */
  public boolean report(List<SchemaOp> upgrade, Schema snapshot, RenameHints hints) {
    boolean reported = false;
    for (SchemaOp op : upgrade) {
      if (op instanceof AddColumn added) {
        reported |= columns(added, upgrade, snapshot, hints);
      } else if (op instanceof CreateTable created) {
        reported |= tables(created.table(), upgrade, snapshot);
      }
    }
    return reported;
  }

  private boolean columns(AddColumn added, List<SchemaOp> upgrade, Schema snapshot,
      RenameHints hints) {
    boolean reported = false;
    for (SchemaOp other : upgrade) {
      if (other instanceof DropColumn dropped && dropped.table().equals(added.table())
          && !intents.dropConfirmed(added.table(), dropped.column())) {
        QualifiedName oldTable = hints.tables().getOrDefault(added.table(), added.table());
        ColumnType oldType = snapshot.table(oldTable)
            .flatMap(t -> t.column(dropped.column())).map(Column::type).orElse(null);
        if (added.column().type().equals(oldType)) {
          Element field = intents.originOf(added.table(), added.column().name());
          String entity = field == null ? added.table().toString()
              : field.getEnclosingElement().getSimpleName().toString();
          reporter.error(field, "Column '" + added.column().name() + "' is new in "
              + added.table() + " and column '" + dropped.column() + "' (also " + oldType
              + ") is dropped: is it a rename? If so, add @RenamedFrom(\"" + dropped.column()
              + "\") to this field, and the rows keep their values. If '" + dropped.column()
              + "' is really to go, add @ConfirmDrop(columns = \"" + dropped.column()
              + "\") to " + entity + ".");
          reported = true;
        }
      }
    }
    return reported;
  }

  private boolean tables(Table created, List<SchemaOp> upgrade, Schema snapshot) {
    boolean reported = false;
    for (SchemaOp other : upgrade) {
      if (other instanceof DropTable dropped
          && dropped.table().schema().equals(created.name().schema())
          && !intents.dropConfirmed(dropped.table())) {
        Table old = snapshot.table(dropped.table()).orElse(null);
        if (old != null && similar(old, created)) {
          String oldName = dropped.table().name();
          reporter.error(intents.originOf(created.name()), "Table " + created.name()
              + " is new and table " + dropped.table() + " (with most of the same columns) is "
              + "dropped: is it a rename? If so, add @RenamedFrom(\"" + oldName + "\") to this "
              + "entity, and the rows keep their values. If " + oldName + " is really to go, "
              + "add @ConfirmDrop(tables = \"" + oldName + "\") to this entity.");
          reported = true;
        }
      }
    }
    return reported;
  }

  /** At least half of {@code old}'s columns reappear, with their types, in {@code created}. */
  private static boolean similar(Table old, Table created) {
    Set<Column> now = new HashSet<>();
    created.columns().forEach(c -> now.add(Column.of(c.name(), c.type())));
    long kept = old.columns().stream().filter(c -> now.contains(Column.of(c.name(), c.type())))
        .count();
    return kept * 2 >= old.columns().size();
  }
}
