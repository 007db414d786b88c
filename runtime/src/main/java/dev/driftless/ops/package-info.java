/**
 * <b>API</b> for revisions. {@link dev.driftless.ops.Ops} is what a revision's {@code upgrade()}
 * and {@code downgrade()} record operations on ({@code op.createTable(...)},
 * {@code op.execute(sql)}). Generated revisions committed in applications call its methods, so
 * their signatures are kept.
 *
 * <p>The operation records ({@link dev.driftless.ops.SchemaOp} and its implementations) are what
 * {@code Ops} records and what the engine, the drift check and the annotation processor exchange;
 * a revision may pass one to {@link dev.driftless.ops.Ops#add}, but rarely needs to.
 * {@link dev.driftless.ops.SchemaTranslator} (moving every name from one schema to another, for
 * tenants) is public for the engine's sake and is not meant for applications.
 */
package dev.driftless.ops;
