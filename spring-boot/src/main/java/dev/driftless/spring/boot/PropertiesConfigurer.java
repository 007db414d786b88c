package dev.driftless.spring.boot;

import dev.driftless.DriftlessConfiguration;
import dev.driftless.schema.QualifiedName;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Applies the {@code driftless.*} properties to a runtime configuration. The runtime validates
 * the values; this only puts the property's name on its complaint, so that start-up fails with
 * a message the user can act on.
 */
final class PropertiesConfigurer {
  private final DriftlessProperties properties;
  private final String unitPrefix;

  PropertiesConfigurer(DriftlessProperties properties) {
    this(properties, "");
  }

  /**
   * For {@code unit}'s settings ({@link DriftlessProperties#forUnit}): a refused version table is
   * then named as the unit's property, the only one of them the runtime validates that a unit
   * sets itself.
   */
  PropertiesConfigurer(DriftlessProperties properties, String unit) {
    this.properties = properties;
    this.unitPrefix = unit.isEmpty() ? "driftless." : "driftless.units." + unit + ".";
  }

  void applyTo(DriftlessConfiguration configuration) {
    configuration.driftPolicy(properties.verify().policy());
    configuration.catalogFingerprint(properties.verify().catalogFingerprint());
    configuration.baselineOnMigrate(properties.baselineOnMigrate());
    if (properties.versionTable() != null) {
      apply(unitPrefix + "version-table", properties.versionTable(),
          value -> versionTable(configuration, value));
    }
    apply("driftless.lock-wait", properties.lockWait(), configuration::migrationLockWait);
    apply("driftless.lock-timeout", properties.lockTimeout(), configuration::lockTimeout);
    apply("driftless.statement-timeout", properties.statementTimeout(),
        configuration::statementTimeout);
    configuration.includeObjects(properties.include().toArray(String[]::new));
    configuration.excludeObjects(properties.exclude().toArray(String[]::new));
  }

  private static void versionTable(DriftlessConfiguration configuration, String value) {
    QualifiedName table = QualifiedName.parse(value);
    configuration.versionTable(table.schema(), table.name());
  }

  private static <T> void apply(String property, T value, Consumer<T> setter) {
    if (value == null) {
      return;
    }
    try {
      setter.accept(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidDriftlessPropertyException(property, describe(value), e);
    }
  }

  private static String describe(Object value) {
    return value instanceof Duration duration ? duration.toString() : "'" + value + "'";
  }
}
