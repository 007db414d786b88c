package dev.driftless.spring.boot;

import dev.driftless.DriftlessConfiguration;

/**
 * Adjusts the runtime configuration after the {@code driftless.*} properties have been applied
 * and before it is loaded: for settings that have no property, such as
 * {@code snapshotResource}, or values computed at start-up. Customizer beans run in
 * {@code @Order}. They apply to the unnamed schema unit only: a snapshot resource or version
 * table set for it would be wrong for any named unit of {@code driftless.units}.
 */
@FunctionalInterface
public interface DriftlessConfigurationCustomizer {
  void customize(DriftlessConfiguration configuration);
}
