package dev.driftless.spring.boot.it.reporting;

import dev.driftless.annotations.Revision;
import dev.driftless.engine.Migration;
import dev.driftless.ops.Ops;
import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.Table;

/**
 * Create report: the one revision of the {@code reporting} schema unit, a second model on the
 * test class path next to the application's unnamed one.
 *
 * <p>Written by hand, with its index and snapshot in
 * {@code src/test/resources/META-INF/driftless/units/reporting/}, as a module whose processor has
 * {@code -Adriftless.unit=reporting} would leave them (the snapshot as {@code SnapshotCodec}
 * writes it): these test modules run the processor for the application's unnamed unit only.
 */
@Revision(
        id = "7e9f0a1b2c3d",
        parents = {},
        message = "create report"
)
public final class R7e9f0a1b2c3d_CreateReport implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.createTable(Table.builder("public", "report")
                .column(Column.of("id", ColumnType.bigint()).notNull())
                .column(Column.of("title", ColumnType.varchar(200)).notNull())
                .primaryKey("report_pkey", "id")
                .build());
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable("public", "report");
    }
}
