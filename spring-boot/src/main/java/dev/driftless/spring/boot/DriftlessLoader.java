package dev.driftless.spring.boot;

import dev.driftless.Driftless;
import dev.driftless.DriftlessConfiguration;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ResourceLoader;

/**
 * Loads the runtime the same way whichever connection the auto-configurations chose: the
 * application's class loader, then the properties, then the customizers in their order.
 */
final class DriftlessLoader {
  private DriftlessLoader() {}

  static Driftless load(DataSource dataSource, DriftlessProperties properties,
      ResourceLoader resourceLoader, ObjectProvider<DriftlessConfigurationCustomizer> customizers) {
    DriftlessConfiguration configuration = Driftless.configure().dataSource(dataSource);
    if (resourceLoader.getClassLoader() != null) {
      configuration.classLoader(resourceLoader.getClassLoader());
    }
    new PropertiesConfigurer(properties).applyTo(configuration);
    customizers.orderedStream().forEach(customizer -> customizer.customize(configuration));
    return configuration.load();
  }
}
