package dev.driftless.diff;

import dev.driftless.ops.Backfill;
import dev.driftless.ops.ExecuteSql;
import dev.driftless.ops.SchemaOp;
import dev.driftless.schema.Column;
import dev.driftless.schema.PostgresNames;
import dev.driftless.schema.QualifiedName;
import dev.driftless.sql.PostgresDialect;
import java.util.List;

/**
 * A renamed column (possibly with a new type) kept equal to its old self while the previous and
 * the new release run side by side: one {@code BEFORE INSERT OR UPDATE} trigger copies whichever
 * side a statement wrote to the other, converting with a cast when the types differ.
 *
 * <p>The trigger has to guess which release wrote a row from what changed, so neither column
 * has a default during the rollout (a default would look like a written value): an insert that
 * leaves the new column NULL came from the previous release; an update that changes one side
 * only is copied to the other, unless the other already holds the converted value (which is how
 * the backfill's own updates, and lossy casts, do not ping-pong).
 *
 * @param table the table
 * @param old the column as the previous release uses it
 * @param renamed the column as the new release uses it
 */
public record ColumnSync(QualifiedName table, Column old, Column renamed) {
  private static final int BATCH = 1000;

  /** The trigger's and its function's name: {@code driftless_sync_<table>_<new column>}. */
  public String name() {
    return PostgresNames.fit("driftless_sync_" + table.name() + "_" + renamed.name());
  }

  /** Creates the function and the trigger. */
  public List<SchemaOp> install() {
    String o = "NEW." + PostgresDialect.quote(old.name());
    String n = "NEW." + PostgresDialect.quote(renamed.name());
    String oldBefore = "OLD." + PostgresDialect.quote(old.name());
    String newBefore = "OLD." + PostgresDialect.quote(renamed.name());
    String body = String.join("\n",
        "BEGIN",
        "  IF TG_OP = 'INSERT' THEN",
        "    IF " + n + " IS NULL THEN",
        "      " + n + " := " + toNew(o) + ";",
        "    ELSIF " + o + " IS NULL THEN",
        "      " + o + " := " + toOld(n) + ";",
        "    END IF;",
        "  ELSIF " + o + " IS DISTINCT FROM " + oldBefore + " AND " + n
            + " IS NOT DISTINCT FROM " + newBefore + " THEN",
        "    IF " + toOld(n) + " IS DISTINCT FROM " + o + " THEN",
        "      " + n + " := " + toNew(o) + ";",
        "    END IF;",
        "  ELSIF " + n + " IS DISTINCT FROM " + newBefore + " AND " + o
            + " IS NOT DISTINCT FROM " + oldBefore + " THEN",
        "    IF " + toNew(o) + " IS DISTINCT FROM " + n + " THEN",
        "      " + o + " := " + toOld(n) + ";",
        "    END IF;",
        "  END IF;",
        "  RETURN NEW;",
        "END");
    return List.of(
        new ExecuteSql("CREATE FUNCTION " + function() + "() RETURNS trigger LANGUAGE plpgsql "
            + "AS $driftless$\n" + body + "\n$driftless$"),
        new ExecuteSql("CREATE TRIGGER " + PostgresDialect.quote(name())
            + " BEFORE INSERT OR UPDATE ON " + PostgresDialect.quote(table)
            + " FOR EACH ROW EXECUTE FUNCTION " + function() + "()"));
  }

  /** Drops the trigger and its function. */
  public List<SchemaOp> remove() {
    return List.of(
        new ExecuteSql("DROP TRIGGER " + PostgresDialect.quote(name()) + " ON "
            + PostgresDialect.quote(table)),
        new ExecuteSql("DROP FUNCTION " + function() + "()"));
  }

  /** Copies the old column into the new one, in batches, for the rows written before. */
  public SchemaOp fillRenamed() {
    return fill(renamed, toNew(PostgresDialect.quote(old.name())), old);
  }

  /** Copies the new column back into the old one (undoing the contract). */
  public SchemaOp fillOld() {
    return fill(old, toOld(PostgresDialect.quote(renamed.name())), renamed);
  }

  /** One line for a revision's Javadoc. */
  public String describe() {
    return "trigger " + name() + " on " + table + " keeps " + old.name() + " ("
        + old.type() + ") and " + renamed.name() + " (" + renamed.type() + ") equal";
  }

  private SchemaOp fill(Column target, String value, Column source) {
    String t = PostgresDialect.quote(table);
    String column = PostgresDialect.quote(target.name());
    // ctid picks each batch without needing a key; a row updated meanwhile gets a new ctid and
    // is skipped by this batch, then found by a later one if the trigger has not filled it.
    return new Backfill("UPDATE " + t + " SET " + column + " = " + value
        + " WHERE ctid = ANY(ARRAY(SELECT ctid FROM " + t + " WHERE " + column + " IS NULL AND "
        + PostgresDialect.quote(source.name()) + " IS NOT NULL LIMIT " + Backfill.BATCH + "))",
        BATCH);
  }

  private String function() {
    return PostgresDialect.quote(QualifiedName.of(table.schema(), name()));
  }

  private String toNew(String value) {
    return cast(value, old, renamed);
  }

  private String toOld(String value) {
    return cast(value, renamed, old);
  }

  private static String cast(String value, Column from, Column to) {
    return from.type().equals(to.type()) ? value : "(" + value + ")::" + to.type().sql();
  }
}
