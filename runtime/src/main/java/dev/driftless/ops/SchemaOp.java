package dev.driftless.ops;

import dev.driftless.schema.Schema;
import java.util.Optional;

/**
 * One typed schema change. Revisions produce them through {@link Ops}; the differ produces them
 * from two schemas; a dialect renders them to SQL.
 *
 * <p>Each op also knows its effect on the in-memory model ({@link #applyTo}), which is what lets
 * tests prove that the differ's output really turns one schema into the other.
 */
public sealed interface SchemaOp
    permits CreateSchema,
        DropSchema,
        CreateTable,
        TableOp,
        CreateSequence,
        CreateEnumType,
        AddEnumValue,
        RecreateEnumType,
        DropEnumType,
        AlterSequence,
        DropSequence,
        ExecuteSql,
        Backfill {

  /** What this op does, in words a reviewer reads: "add column public.customer.bio". */
  String describe();

  /** The schema after this op, or {@code schema} itself for ops the model cannot see. */
  Schema applyTo(Schema schema);

  /**
   * Why this op can lose data, block writers or break the application still running, if it can:
   * the reason is shown in the generated revision and as a compiler warning, so nothing
   * destructive happens by surprise, and nothing harmless is flagged.
   *
   * @param start the schema the revision starts from: a table in it may hold rows, while a table
   *     or column the same revision creates is empty, which makes some ops harmless
   */
  default Optional<String> hazard(Schema start) {
    return Optional.empty();
  }

  /**
   * Whether PostgreSQL refuses to run this inside a transaction block. Most ops run in one; the
   * few that cannot ({@code CONCURRENTLY} index builds and drops, a committing backfill) say so.
   */
  default boolean needsNoTransaction() {
    return false;
  }

  /**
   * Hands this op to the {@code visitor} method for its kind. Every op record implements it, so
   * that a new kind cannot be added without a visit method, which every visitor must then
   * implement; see {@link OpVisitor}.
   */
  <R> R accept(OpVisitor<R> visitor);
}
