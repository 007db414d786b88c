package dev.driftless.spring.boot;

import dev.driftless.Driftless;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.ClassUtils;

/**
 * Migrates and verifies at start-up an application that has no {@code DataSource} bean, an
 * R2DBC one typically, over a JDBC connection of its own: {@code driftless.url}, or the
 * PostgreSQL database {@code spring.r2dbc.url} names.
 *
 * <p>Boot's database-initialization ordering does not cover R2DBC (no detector makes a
 * {@code ConnectionFactory} wait for initializers), so this configuration makes every
 * {@code ConnectionFactory} bean depend on the Driftless initializer itself; R2DBC repositories,
 * {@code DatabaseClient} and {@code R2dbcEntityTemplate} all reach the database through one.
 */
@AutoConfiguration(after = DriftlessAutoConfiguration.class, afterName = {
    "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
    "org.springframework.boot.autoconfigure.r2dbc.R2dbcAutoConfiguration",
    "org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration"})
@ConditionalOnMissingBean(DataSource.class)
@Conditional({DriftlessEnabledCondition.class,
    DriftlessUrlAutoConfiguration.MigrationUrlCondition.class})
@EnableConfigurationProperties(DriftlessProperties.class)
public class DriftlessUrlAutoConfiguration {

  /**
   * The unnamed unit's loaded runtime, for the application to call too ({@code history()},
   * {@code check()}).
   */
  @Bean
  @ConditionalOnMissingBean
  @Conditional(UnnamedUnitCondition.class)
  public Driftless driftless(DriftlessProperties properties, Environment environment,
      ResourceLoader resourceLoader, ObjectProvider<DriftlessConfigurationCustomizer> customizers) {
    return DriftlessLoader.load(
        new UrlDataSource(MigrationConnection.resolve(properties, environment)),
        properties, resourceLoader, customizers);
  }

  /**
   * Every unit that runs at start-up: the unnamed one if it does, then the named ones, each over
   * its own {@code url} or else the connection the unnamed unit uses.
   */
  @Bean
  @ConditionalOnMissingBean
  public DriftlessUnits driftlessUnits(ObjectProvider<Driftless> unnamed,
      DriftlessProperties properties, Environment environment, ResourceLoader resourceLoader) {
    return DriftlessAutoConfiguration.units(unnamed, DriftlessLoader.loadUnits(properties,
        resourceLoader, unit -> new UrlDataSource(MigrationConnection.resolve(unit, environment))));
  }

  /** Runs the application's {@link DriftlessMigrationStrategy}, or the default one, per unit. */
  @Bean
  @ConditionalOnMissingBean
  public DriftlessInitializer driftlessInitializer(DriftlessUnits units,
      DriftlessProperties properties, ObjectProvider<DriftlessMigrationStrategy> strategy) {
    return DriftlessAutoConfiguration.initializer(units, properties, strategy);
  }

  /** Matches when {@code driftless.url} or {@code spring.r2dbc.url} is set. */
  static final class MigrationUrlCondition extends SpringBootCondition {
    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context,
        AnnotatedTypeMetadata metadata) {
      return MigrationConnection.isConfigured(context.getEnvironment())
          ? ConditionOutcome.match("driftless.url or spring.r2dbc.url is set")
          : ConditionOutcome.noMatch("neither driftless.url nor spring.r2dbc.url is set");
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = R2dbcWaitsForDriftless.CONNECTION_FACTORY)
  static class R2dbc {
    // Static: a BeanFactoryPostProcessor must not need its configuration instance created.
    @Bean
    static BeanFactoryPostProcessor driftlessR2dbcDependsOn() {
      return new R2dbcWaitsForDriftless();
    }
  }

  /** Adds the Driftless initializers to every {@code ConnectionFactory}'s depends-on. */
  static final class R2dbcWaitsForDriftless implements BeanFactoryPostProcessor {
    static final String CONNECTION_FACTORY = "io.r2dbc.spi.ConnectionFactory";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
      Class<?> connectionFactory = ClassUtils.resolveClassName(CONNECTION_FACTORY,
          beanFactory.getBeanClassLoader());
      String[] initializers =
          beanFactory.getBeanNamesForType(DriftlessInitializer.class, true, false);
      for (String name : beanFactory.getBeanNamesForType(connectionFactory, true, false)) {
        if (!beanFactory.containsBeanDefinition(name)) {
          continue;  // a parent context's: created already, nothing to order
        }
        BeanDefinition definition = beanFactory.getBeanDefinition(name);
        Set<String> dependsOn = new LinkedHashSet<>();
        if (definition.getDependsOn() != null) {
          dependsOn.addAll(Arrays.asList(definition.getDependsOn()));
        }
        dependsOn.addAll(Arrays.asList(initializers));
        definition.setDependsOn(dependsOn.toArray(String[]::new));
      }
    }
  }
}
