/**
 * <b>Internal</b>, shared with the annotation processor: {@link dev.driftless.sql.Dialect} and
 * {@link dev.driftless.sql.PostgresDialect} render operations as PostgreSQL statements, for the
 * engine, the offline scripts, checksums and the drift check's reconciling SQL. Public only
 * because the processor is another module; not API, and may change in any release.
 */
package dev.driftless.sql;
