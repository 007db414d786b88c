/**
 * <b>API.</b> The runtime's entry point and everything an application reads back from it;
 * start-up code needs no other package.
 *
 * <p>{@link dev.driftless.Driftless#configure()} returns a
 * {@link dev.driftless.DriftlessConfiguration} whose {@code load()} reads the revisions and the
 * snapshot from the class path. The loaded {@link dev.driftless.Driftless} applies and reverts
 * revisions ({@code migrate()}, {@code upgrade}, {@code downgrade}, {@code upgradeTenants}),
 * records or repairs the history ({@code stamp}, {@code repair(RepairAction...)}), shows it
 * ({@code history()}, {@code revisions()}, {@code heads()}), writes offline SQL
 * ({@code upgradeScript}, {@code downgradeScript}) and compares the live database with the
 * committed snapshot ({@code check()}, {@code verify()} under a
 * {@link dev.driftless.DriftPolicy}).
 *
 * <p>What those return or throw lives here too: {@link dev.driftless.MigrateResult},
 * {@link dev.driftless.TenantResult}, {@link dev.driftless.RevisionStatus},
 * {@link dev.driftless.RevisionInfo}, {@link dev.driftless.AppliedRevision},
 * {@link dev.driftless.DriftReport} with its {@link dev.driftless.Difference}s,
 * {@link dev.driftless.MigrationException} and {@link dev.driftless.DriftException}.
 *
 * <p>Revision classes use {@link dev.driftless.engine.Migration}, {@link dev.driftless.ops.Ops}
 * and the {@code dev.driftless.schema} model instead. Packages under
 * {@code dev.driftless.internal} are not API.
 */
package dev.driftless;
