package dev.driftless.testing;

import dev.driftless.diff.RenameHints;
import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.Index;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Table;
import java.util.List;
import java.util.Map;

/**
 * One release of an account table and the next, which renames a column, renames another and
 * changes its type, drops a NOT NULL column and adds a column with a default: the changes a
 * rolling deploy must survive.
 */
public final class RollingSchemas {
  public static final QualifiedName ACCOUNT = QualifiedName.of("public", "account");

  /** The previous release's schema. */
  public static Schema before() {
    return new Schema(List.of(Table.builder("public", "account")
        .column(Column.of("id", ColumnType.bigint()).notNull())
        .column(Column.of("full_name", ColumnType.varchar(100)).notNull())
        .column(Column.of("amount", ColumnType.integer()))
        .column(Column.of("legacy_code", ColumnType.varchar(10)).notNull())
        .primaryKey("account_pkey", "id")
        .index(Index.of("account_full_name_idx", "full_name"))
        .build()), List.of());
  }

  /** The new release's schema. */
  public static Schema after() {
    return new Schema(List.of(Table.builder("public", "account")
        .column(Column.of("id", ColumnType.bigint()).notNull())
        .column(Column.of("display_name", ColumnType.varchar(100)).notNull())
        .column(Column.of("amount_exact", ColumnType.numeric(12, 2)))
        .column(Column.of("status", ColumnType.varchar(10)).notNull().defaultValue("'active'"))
        .primaryKey("account_pkey", "id")
        .index(Index.of("account_display_name_idx", "display_name"))
        .build()), List.of());
  }

  /** What {@code @RenamedFrom} says: display_name was full_name, amount_exact was amount. */
  public static RenameHints renames() {
    return new RenameHints(Map.of(),
        Map.of(ACCOUNT, Map.of("display_name", "full_name", "amount_exact", "amount")));
  }

  private RollingSchemas() {}
}
