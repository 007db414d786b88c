package dev.driftless.spring.boot;

import dev.driftless.Driftless;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * The bean that runs the migration strategy when it is created. Spring Boot makes every bean
 * that uses the database (the {@code EntityManagerFactory}, {@code JdbcTemplate}, ...) depend on
 * it, through {@link DriftlessDatabaseInitializerDetector}, so they start on a migrated and
 * verified schema.
 */
public final class DriftlessInitializer implements InitializingBean {
  private static final Logger LOG = LoggerFactory.getLogger(DriftlessInitializer.class);

  private final Driftless driftless;
  private final DriftlessMigrationStrategy strategy;

  public DriftlessInitializer(Driftless driftless, DriftlessMigrationStrategy strategy) {
    this.driftless = Objects.requireNonNull(driftless, "driftless");
    this.strategy = Objects.requireNonNull(strategy, "strategy");
  }

  @Override
  public void afterPropertiesSet() {
    long start = System.nanoTime();
    strategy.migrate(driftless);
    LOG.info("Driftless start-up took {} ms", (System.nanoTime() - start) / 1_000_000);
  }
}
