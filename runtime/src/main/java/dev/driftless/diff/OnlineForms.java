package dev.driftless.diff;

import dev.driftless.ops.AddCheckConstraint;
import dev.driftless.ops.AddForeignKey;
import dev.driftless.ops.AlterColumn;
import dev.driftless.ops.CreateIndex;
import dev.driftless.ops.DropConstraint;
import dev.driftless.ops.DropIndex;
import dev.driftless.ops.DropTable;
import dev.driftless.ops.SchemaOp;
import dev.driftless.ops.ValidateConstraint;
import dev.driftless.schema.CheckConstraint;
import dev.driftless.schema.Column;
import dev.driftless.schema.PostgresNames;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.sql.PostgresDialect;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rewrites a differ's ops on tables that already exist into the forms that keep a large table
 * available while they run, the way PostgreSQL's documentation and every online-migration guide
 * recommend:
 *
 * <ul>
 *   <li>{@code CREATE INDEX CONCURRENTLY} and {@code DROP INDEX CONCURRENTLY};
 *   <li>foreign keys and checks added {@code NOT VALID}, then validated, which scans the table
 *       without blocking writes;
 *   <li>{@code SET NOT NULL} preceded by a validated {@code CHECK (c IS NOT NULL)}, which
 *       PostgreSQL 12+ uses to skip its own scan under an exclusive lock; the check is dropped
 *       afterwards.
 * </ul>
 *
 * Tables created in the same revision are empty and keep the plain forms. The result must run
 * outside a revision-wide transaction ({@link #needsOwnTransactions}): {@code CONCURRENTLY}
 * refuses one, and a validation inside the transaction that added its constraint would hold the
 * blocking lock throughout.
 */
public final class OnlineForms {

  /** {@code ops}, which turn {@code from} into something, in their large-table safe forms. */
  public List<SchemaOp> rewrite(Schema from, List<SchemaOp> ops) {
    Set<QualifiedName> existing = new HashSet<>();
    from.tables().forEach(t -> existing.add(t.name()));
    Set<QualifiedName> dropped = new HashSet<>();
    ops.stream().filter(DropTable.class::isInstance)
        .forEach(op -> dropped.add(((DropTable) op).table()));
    List<SchemaOp> result = new ArrayList<>();
    for (SchemaOp op : ops) {
      if (op instanceof CreateIndex o && existing.contains(o.table()) && !o.concurrently()) {
        result.add(new CreateIndex(o.table(), o.index(), true));
      } else if (op instanceof DropIndex o && existing.contains(o.table())
          && !dropped.contains(o.table()) && !o.concurrently()) {
        result.add(new DropIndex(o.table(), o.name(), true));
      } else if (op instanceof AddForeignKey o && existing.contains(o.table()) && !o.notValid()) {
        result.add(new AddForeignKey(o.table(), o.foreignKey(), true));
        result.add(new ValidateConstraint(o.table(), o.foreignKey().name()));
      } else if (op instanceof AddCheckConstraint o && existing.contains(o.table())
          && !o.notValid()) {
        result.add(new AddCheckConstraint(o.table(), o.constraint(), true));
        result.add(new ValidateConstraint(o.table(), o.constraint().name()));
      } else if (op instanceof AlterColumn o && existing.contains(o.table())
          && o.from().nullable() && !o.to().nullable()) {
        setNotNullThroughCheck(o, result);
      } else {
        result.add(op);
      }
    }
    return List.copyOf(result);
  }

  /** Whether {@code ops} hold a form that must not share one transaction with the others. */
  public static boolean needsOwnTransactions(List<SchemaOp> ops) {
    return ops.stream().anyMatch(op -> op.needsNoTransaction()
        || op instanceof ValidateConstraint);
  }

  private static void setNotNullThroughCheck(AlterColumn op, List<SchemaOp> result) {
    Column to = op.to();
    Column stillNullable = to.nullable(true);
    if (!op.from().equals(stillNullable)) {
      result.add(new AlterColumn(op.table(), op.from(), stillNullable));
    }
    String check = PostgresNames.fit(op.table().name() + "_" + to.name() + "_not_null");
    result.add(new AddCheckConstraint(op.table(), new CheckConstraint(check,
        PostgresDialect.quote(to.name()) + " IS NOT NULL"), true));
    result.add(new ValidateConstraint(op.table(), check));
    result.add(new AlterColumn(op.table(), stillNullable, to));
    result.add(new DropConstraint(op.table(), check));
  }
}
