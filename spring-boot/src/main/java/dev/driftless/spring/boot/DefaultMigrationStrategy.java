package dev.driftless.spring.boot;

import dev.driftless.Driftless;
import dev.driftless.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What runs when the application declares no {@link DriftlessMigrationStrategy}: apply pending
 * revisions (unless {@code driftless.migrate=false}), up to {@code driftless.target} if set, or
 * every pending revision, held-back contract revisions included, with
 * {@code driftless.contract=true}; then verify under the configured drift policy. With {@code driftless.baseline-on-migrate}, the
 * runtime baselines a database with no Driftless history whose schema is already the snapshot's
 * before it migrates ({@code DriftlessConfiguration.baselineOnMigrate}). A named unit runs with
 * its own {@code driftless.units.<name>.*} settings ({@link DriftlessProperties#forUnit}).
 */
record DefaultMigrationStrategy(boolean migrate, String target, boolean contract)
    implements DriftlessMigrationStrategy {
  private static final Logger LOG = LoggerFactory.getLogger(DefaultMigrationStrategy.class);

  static DefaultMigrationStrategy from(DriftlessProperties properties) {
    return new DefaultMigrationStrategy(properties.migrate(), properties.target(),
        properties.contract());
  }

  @Override
  public void migrate(Driftless driftless) {
    if (migrate) {
      MigrateResult result = contract ? driftless.contract()
          : target == null ? driftless.migrate() : driftless.upgrade(target);
      if (driftless.unit().isEmpty()) {
        LOG.info("Driftless applied {} revision(s); {} were applied before",
            result.applied().size(), result.alreadyApplied());
      } else {
        LOG.info("Driftless applied {} revision(s) of schema unit '{}'; {} were applied before",
            result.applied().size(), driftless.unit(), result.alreadyApplied());
      }
    }
    driftless.verify();
  }
}
