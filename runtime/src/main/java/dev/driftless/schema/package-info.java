/**
 * <b>API.</b> The schema model: {@link dev.driftless.schema.Schema},
 * {@link dev.driftless.schema.Table}, {@link dev.driftless.schema.Column} and its
 * {@link dev.driftless.schema.ColumnType}, keys, indexes, sequences and enum types, as the
 * annotation processor derives them from the entities, the snapshot stores them,
 * {@code Driftless.snapshot()} returns them, and revisions build them
 * ({@code Table.builder(...)}, {@code Column.of(...)}, {@code ColumnType.varchar(255)}).
 * Generated revisions committed in applications call these factories and builders, so their
 * signatures are kept.
 *
 * <p>{@link dev.driftless.schema.PostgresNames} (PostgreSQL's quoting, case folding and 63-byte
 * truncation) is public because the processor shares it; applications do not need it.
 */
package dev.driftless.schema;
