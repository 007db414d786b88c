package dev.driftless.spring.boot.actuate;

import dev.driftless.Driftless;
import dev.driftless.spring.boot.DriftlessUnits;
import java.util.List;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The {@code driftless} health on Spring Boot 4.0, whose health API has its own package; see
 * {@link HistoryHealth}.
 */
public class DriftlessHealthContributor extends AbstractHealthIndicator {
  private final DriftlessUnits units;

  /** For one unit. */
  public DriftlessHealthContributor(Driftless driftless) {
    this(new DriftlessUnits(List.of(driftless)));
  }

  /** For every unit the starter runs: down when any unit has a revision pending. */
  public DriftlessHealthContributor(DriftlessUnits units) {
    super("Driftless cannot read the version table");
    this.units = units;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    HistoryHealth.OfUnits health = HistoryHealth.OfUnits.of(units);
    (health.up() ? builder.up() : builder.down()).withDetails(health.details());
  }
}
