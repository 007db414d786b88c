/**
 * <b>Internal, not API:</b> the migration engine behind {@code dev.driftless.Driftless}. It loads
 * revisions from the processor's index ({@code RevisionIndex}), orders them
 * ({@code RevisionGraph}, {@code Planner}), validates the recorded history against them, and
 * runs each one under the migration lock in its own transaction with its version-table row
 * ({@code Migrator}, {@code TenantMigrator}, {@code RevisionRunner}, {@code VersionTable}), or
 * renders the same as an offline script. Classes are public only where another Driftless
 * package or module (the runtime's entry point, the command line, the processor, the
 * benchmarks) needs them; everything here may change in any release.
 */
package dev.driftless.internal.engine;
