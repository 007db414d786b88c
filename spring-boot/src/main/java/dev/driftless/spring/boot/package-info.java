/**
 * Spring Boot auto-configuration for Driftless: applies the revisions and checks the database
 * against the snapshot before the {@code EntityManagerFactory}, {@code JdbcTemplate} and every
 * other bean that uses the database are created. Works on Spring Boot 3.5 and 4.0.
 *
 * <p>Public here: {@link dev.driftless.spring.boot.DriftlessProperties} (the {@code driftless.*}
 * properties), the hooks {@link dev.driftless.spring.boot.DriftlessMigrationStrategy} and
 * {@link dev.driftless.spring.boot.DriftlessConfigurationCustomizer}, the
 * {@link dev.driftless.spring.boot.DriftlessDataSource} qualifier, the
 * {@link dev.driftless.spring.boot.DriftlessUnits} bean (every schema unit run at start-up), and
 * the {@link dev.driftless.spring.boot.InvalidDriftlessPropertyException} and
 * {@link dev.driftless.spring.boot.NoSchemaUnitConfiguredException} start-up fails with. The
 * rest is wiring; the Actuator endpoint and health are in {@code actuate}.
 */
package dev.driftless.spring.boot;
