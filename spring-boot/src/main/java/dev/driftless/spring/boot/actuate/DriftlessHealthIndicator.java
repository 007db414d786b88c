package dev.driftless.spring.boot.actuate;

import dev.driftless.Driftless;
import dev.driftless.spring.boot.DriftlessUnits;
import java.util.List;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/** The {@code driftless} health on Spring Boot 3.5; see {@link HistoryHealth}. */
public class DriftlessHealthIndicator extends AbstractHealthIndicator {
  private final DriftlessUnits units;

  /** For one unit. */
  public DriftlessHealthIndicator(Driftless driftless) {
    this(new DriftlessUnits(List.of(driftless)));
  }

  /** For every unit the starter runs: down when any unit has a revision pending. */
  public DriftlessHealthIndicator(DriftlessUnits units) {
    super("Driftless cannot read the version table");
    this.units = units;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    HistoryHealth.OfUnits health = HistoryHealth.OfUnits.of(units);
    (health.up() ? builder.up() : builder.down()).withDetails(health.details());
  }
}
