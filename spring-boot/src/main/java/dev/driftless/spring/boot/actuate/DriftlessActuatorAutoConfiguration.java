package dev.driftless.spring.boot.actuate;

import dev.driftless.spring.boot.DriftlessAutoConfiguration;
import dev.driftless.spring.boot.DriftlessUnits;
import dev.driftless.spring.boot.DriftlessUrlAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code driftless} Actuator endpoint and health indicator, when Actuator is on the class
 * path and Driftless is configured. Each line's health class sits in a nested configuration that
 * is only read when that line's API is present.
 */
@AutoConfiguration(after = {DriftlessAutoConfiguration.class, DriftlessUrlAutoConfiguration.class})
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
@ConditionalOnBean(DriftlessUnits.class)
public class DriftlessActuatorAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnAvailableEndpoint(endpoint = DriftlessEndpoint.class)
  public DriftlessEndpoint driftlessEndpoint(DriftlessUnits units) {
    return new DriftlessEndpoint(units);
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
  static class Boot3Health {
    @Bean
    @ConditionalOnMissingBean(name = "driftlessHealthIndicator")
    DriftlessHealthIndicator driftlessHealthIndicator(DriftlessUnits units) {
      return new DriftlessHealthIndicator(units);
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
  static class Boot4Health {
    @Bean
    @ConditionalOnMissingBean(name = "driftlessHealthIndicator")
    DriftlessHealthContributor driftlessHealthIndicator(DriftlessUnits units) {
      return new DriftlessHealthContributor(units);
    }
  }
}
