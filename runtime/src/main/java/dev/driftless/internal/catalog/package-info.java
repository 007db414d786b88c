/**
 * <b>Internal, not API:</b> reading a live PostgreSQL database into the schema model
 * ({@code PostgresCatalogReader}, a fixed number of catalog queries) and letting PostgreSQL
 * settle whether differently spelled expressions are the same ({@code PostgresCanonicalizer}),
 * for the drift check. Public only for the drift check and the processor's tests; may change in
 * any release.
 */
package dev.driftless.internal.catalog;
