package dev.driftless.ops;

import dev.driftless.schema.Schema;
import java.util.Objects;

/**
 * A data change done in batches that each commit, so that no single long transaction locks the
 * rows (the Alembic docs' 10,000-row loop). {@code sql} changes at most {@code :batch} rows per
 * run and is repeated until it changes none, e.g.
 * {@code UPDATE customer SET tier = 'basic' WHERE id IN
 * (SELECT id FROM customer WHERE tier IS NULL LIMIT :batch)}. Only allowed in a revision declared
 * {@code @Revision(transactional = false)}.
 */
public record Backfill(String sql, int batchSize) implements SchemaOp {
  public static final String BATCH = ":batch";

  public Backfill {
    Objects.requireNonNull(sql, "sql");
    if (!sql.contains(BATCH)) {
      throw new IllegalArgumentException("backfill SQL must limit each batch with " + BATCH
          + ", e.g. ... WHERE id IN (SELECT id FROM t WHERE x IS NULL LIMIT :batch)");
    }
    if (batchSize <= 0) {
      throw new IllegalArgumentException("backfill batch size must be positive: " + batchSize);
    }
  }

  /** One batch's statement. */
  public String batchSql() {
    return sql.replace(BATCH, Integer.toString(batchSize));
  }

  @Override
  public String describe() {
    return "backfill in batches of " + batchSize;
  }

  @Override
  public Schema applyTo(Schema schema) {
    return schema;
  }

  /** Each batch commits, which a transaction block forbids. */
  @Override
  public boolean needsNoTransaction() {
    return true;
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitBackfill(this);
  }
}
