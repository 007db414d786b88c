package dev.driftless.spring.boot;

import dev.driftless.Driftless;

/**
 * What runs at start-up, before JPA and JDBC beans are created. Declare a bean of this type to
 * replace the default ({@code migrate()} unless {@code driftless.migrate=false}, then
 * {@code verify()} under {@code driftless.verify.policy}), for example to only verify in
 * production, or to {@code upgrade(target)} in steps. It runs once for each schema unit the
 * starter migrates ({@link DriftlessUnits}); {@code driftless.unit()} says which ({@code ""} for
 * the unnamed unit).
 *
 * <pre>{@code
 * @Bean
 * DriftlessMigrationStrategy verifyOnly() {
 *   return Driftless::verify;
 * }
 * }</pre>
 */
@FunctionalInterface
public interface DriftlessMigrationStrategy {
  /** Brings the database to where the application needs it, or throws to stop start-up. */
  void migrate(Driftless driftless);
}
