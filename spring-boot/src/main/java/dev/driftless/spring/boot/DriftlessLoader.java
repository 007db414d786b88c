package dev.driftless.spring.boot;

import dev.driftless.Driftless;
import dev.driftless.DriftlessConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ResourceLoader;

/**
 * Loads the runtime the same way whichever connection the auto-configurations chose: the
 * application's class loader, then the properties, then the customizers in their order.
 */
final class DriftlessLoader {
  private DriftlessLoader() {}

  /** The unnamed unit, with the top-level properties and the application's customizers. */
  static Driftless load(DataSource dataSource, DriftlessProperties properties,
      ResourceLoader resourceLoader, ObjectProvider<DriftlessConfigurationCustomizer> customizers) {
    DriftlessConfiguration configuration = configure(dataSource, resourceLoader);
    new PropertiesConfigurer(properties).applyTo(configuration);
    customizers.orderedStream().forEach(customizer -> customizer.customize(configuration));
    try {
      return configuration.load();
    } catch (IllegalStateException e) {
      throw NoSchemaUnitConfiguredException.ifOnlyNamedUnits(classLoader(resourceLoader), e);
    }
  }

  /**
   * The named units {@code driftless.units} configures and enables, in name order, each over the
   * connection {@code connection} picks for its settings. Customizers are left out: they were
   * written for the unnamed unit (a snapshot resource or version table set there would be
   * wrong for any other).
   *
   * @throws InvalidDriftlessPropertyException if a name cannot be a unit's, or an enabled unit
   *     is not on the class path (naming the units that are)
   */
  static List<Driftless> loadUnits(DriftlessProperties properties, ResourceLoader resourceLoader,
      Function<DriftlessProperties, DataSource> connection) {
    List<String> names = properties.unitNames();
    for (String name : names) {
      requireUnitName(name);
    }
    List<Driftless> loaded = new ArrayList<>();
    for (String name : names) {
      DriftlessProperties unit = properties.forUnit(name);
      if (!unit.enabled()) {
        continue;
      }
      DriftlessConfiguration configuration =
          configure(connection.apply(unit), resourceLoader).unit(name);
      new PropertiesConfigurer(unit, name).applyTo(configuration);
      try {
        loaded.add(configuration.load());
      } catch (IllegalArgumentException e) {
        // The runtime's own message: no such unit on the class path, and the units there are.
        throw new InvalidDriftlessPropertyException(property(name), "'" + name + "'", e);
      }
    }
    return loaded;
  }

  /** The class loader the runtime reads units from, as {@link #configure} gives it. */
  static ClassLoader classLoader(ResourceLoader resourceLoader) {
    if (resourceLoader.getClassLoader() != null) {
      return resourceLoader.getClassLoader();
    }
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : Driftless.class.getClassLoader();
  }

  /** How messages list units: the unnamed one as "(unnamed)", as the runtime's do. */
  static String describe(List<String> units) {
    return units.isEmpty() ? "none"
        : String.join(", ", units.stream().map(u -> u.isEmpty() ? "(unnamed)" : u).toList());
  }

  private static void requireUnitName(String name) {
    try {
      Driftless.configure().unit(name);
    } catch (IllegalArgumentException e) {
      throw new InvalidDriftlessPropertyException(property(name), "'" + name + "'", e);
    }
  }

  private static String property(String unit) {
    return "driftless.units." + unit;
  }

  private static DriftlessConfiguration configure(DataSource dataSource,
      ResourceLoader resourceLoader) {
    DriftlessConfiguration configuration = Driftless.configure().dataSource(dataSource);
    if (resourceLoader.getClassLoader() != null) {
      configuration.classLoader(resourceLoader.getClassLoader());
    }
    return configuration;
  }
}
