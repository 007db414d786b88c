/**
 * <b>API.</b> {@link dev.driftless.engine.Migration}, the interface every revision implements,
 * generated or written by hand; nothing else. Revisions committed in applications import it from
 * here, so it stays in this package. The engine that runs revisions is internal
 * ({@code dev.driftless.internal.engine}); what it reports is in {@code dev.driftless}.
 */
package dev.driftless.engine;
