package dev.driftless.spring.boot;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link DriftlessInitializer} initializes the database, so that Boot's
 * {@code DatabaseInitializationDependencyConfigurer} makes JPA, JDBC and every other bean that
 * depends on database initialization wait for it. Registered in {@code META-INF/spring.factories};
 * the interface has the same name on Boot 3.5 and 4.0, unlike the auto-configuration classes.
 */
final class DriftlessDatabaseInitializerDetector
    extends AbstractBeansOfTypeDatabaseInitializerDetector {

  @Override
  protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
    return Set.of(DriftlessInitializer.class);
  }
}
