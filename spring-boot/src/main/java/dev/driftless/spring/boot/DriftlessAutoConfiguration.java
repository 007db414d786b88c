package dev.driftless.spring.boot;

import dev.driftless.Driftless;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migrates and verifies the database at start-up, before JPA and JDBC beans are created, when
 * the application has a {@code DataSource} and {@code driftless.enabled} is not {@code false}:
 * the unnamed schema unit, and each named unit {@code driftless.units} enables, over its own
 * connection if it has one ({@code driftless.units.<name>.url}).
 *
 * <p>Only classes whose names Spring Boot 3.5 and 4.0 share are used here; the data-source
 * auto-configuration, which moved in 4.0, is named under both names.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"})
@ConditionalOnBean(DataSource.class)
@Conditional(DriftlessEnabledCondition.class)
@EnableConfigurationProperties(DriftlessProperties.class)
// Boot's JPA and JDBC auto-configurations import it too; importing it here keeps the ordering
// when the application defines those beans itself.
@Import(DatabaseInitializationDependencyConfigurer.class)
public class DriftlessAutoConfiguration {

  /**
   * The unnamed unit's loaded runtime, for the application to call too ({@code history()},
   * {@code check()}).
   */
  @Bean
  @ConditionalOnMissingBean
  @Conditional(UnnamedUnitCondition.class)
  public Driftless driftless(DriftlessProperties properties, Environment environment,
      ResourceLoader resourceLoader, ObjectProvider<DataSource> dataSource,
      @DriftlessDataSource ObjectProvider<DataSource> driftlessDataSource,
      ObjectProvider<DriftlessConfigurationCustomizer> customizers) {
    return DriftlessLoader.load(
        migrationDataSource(properties, environment, dataSource, driftlessDataSource),
        properties, resourceLoader, customizers);
  }

  /** Every unit that runs at start-up: the unnamed one if it does, then the named ones. */
  @Bean
  @ConditionalOnMissingBean
  public DriftlessUnits driftlessUnits(ObjectProvider<Driftless> unnamed,
      DriftlessProperties properties, Environment environment, ResourceLoader resourceLoader,
      ObjectProvider<DataSource> dataSource,
      @DriftlessDataSource ObjectProvider<DataSource> driftlessDataSource) {
    return units(unnamed, DriftlessLoader.loadUnits(properties, resourceLoader,
        unit -> migrationDataSource(unit, environment, dataSource, driftlessDataSource)));
  }

  /** Runs the application's {@link DriftlessMigrationStrategy}, or the default one, per unit. */
  @Bean
  @ConditionalOnMissingBean
  public DriftlessInitializer driftlessInitializer(DriftlessUnits units,
      DriftlessProperties properties, ObjectProvider<DriftlessMigrationStrategy> strategy) {
    return initializer(units, properties, strategy);
  }

  static DriftlessUnits units(ObjectProvider<Driftless> unnamed, List<Driftless> named) {
    List<Driftless> all = new ArrayList<>();
    unnamed.ifAvailable(all::add);
    all.addAll(named);
    return new DriftlessUnits(all);
  }

  static DriftlessInitializer initializer(DriftlessUnits units, DriftlessProperties properties,
      ObjectProvider<DriftlessMigrationStrategy> strategy) {
    return new DriftlessInitializer(units, unit -> strategy.getIfAvailable(
        () -> DefaultMigrationStrategy.from(properties.forUnit(unit.unit()))));
  }

  @Bean
  @ConditionalOnMissingBean(DriftlessSchemaManagementProvider.class)
  DriftlessSchemaManagementProvider driftlessSchemaManagementProvider() {
    return new DriftlessSchemaManagementProvider();
  }

  /**
   * A connection of its own when {@code driftless.url} or {@code driftless.user} is set (for a
   * named unit: its own or else those, see {@link DriftlessProperties#forUnit}), else the
   * {@link DriftlessDataSource} bean, else the application's. The own connection is a plain
   * driver-manager one: migrating needs a connection or two, once, not a pool left open.
   */
  private static DataSource migrationDataSource(DriftlessProperties properties,
      Environment environment, ObjectProvider<DataSource> dataSource,
      ObjectProvider<DataSource> driftlessDataSource) {
    if (properties.hasOwnConnection()) {
      String url = properties.url() != null
          ? properties.url() : environment.getProperty("spring.datasource.url");
      if (url == null) {
        throw new IllegalStateException("driftless.user is set but neither driftless.url nor "
            + "spring.datasource.url is: set driftless.url to the database to migrate");
      }
      return new DriverManagerDataSource(url,
          properties.user() != null
              ? properties.user() : environment.getProperty("spring.datasource.username"),
          properties.password() != null
              ? properties.password() : environment.getProperty("spring.datasource.password"));
    }
    DataSource chosen = driftlessDataSource.getIfAvailable(dataSource::getIfAvailable);
    if (chosen == null) {
      throw new IllegalStateException("Driftless cannot tell which of several DataSource beans "
          + "to migrate: mark one @Primary or @DriftlessDataSource, or set driftless.url");
    }
    return chosen;
  }
}
