package dev.driftless.spring.boot;

import dev.driftless.Driftless;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * The bean that runs the migration strategy, for each schema unit, when it is created. Spring
 * Boot makes every bean that uses the database (the {@code EntityManagerFactory},
 * {@code JdbcTemplate}, ...) depend on it, through {@link DriftlessDatabaseInitializerDetector},
 * so they start on migrated and verified schemas.
 */
public final class DriftlessInitializer implements InitializingBean {
  private static final Logger LOG = LoggerFactory.getLogger(DriftlessInitializer.class);

  private final List<Run> runs;

  /** One unit, one strategy. */
  public DriftlessInitializer(Driftless driftless, DriftlessMigrationStrategy strategy) {
    this.runs = List.of(new Run(driftless, strategy));
  }

  /**
   * Each of {@code units} in their order, with the strategy {@code strategies} gives it: the first
   * that fails stops start-up, leaving the later units alone.
   */
  public DriftlessInitializer(DriftlessUnits units,
      Function<Driftless, DriftlessMigrationStrategy> strategies) {
    this.runs = units.all().stream().map(unit -> new Run(unit, strategies.apply(unit))).toList();
  }

  private record Run(Driftless driftless, DriftlessMigrationStrategy strategy) {
    Run {
      Objects.requireNonNull(driftless, "driftless");
      Objects.requireNonNull(strategy, "strategy");
    }
  }

  @Override
  public void afterPropertiesSet() {
    long start = System.nanoTime();
    for (Run run : runs) {
      run.strategy().migrate(run.driftless());
    }
    LOG.info("Driftless start-up took {} ms", (System.nanoTime() - start) / 1_000_000);
  }
}
