package dev.driftless.spring.boot.actuate;

import dev.driftless.Driftless;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The {@code driftless} health on Spring Boot 4.0, whose health API has its own package; see
 * {@link HistoryHealth}.
 */
public class DriftlessHealthContributor extends AbstractHealthIndicator {
  private final Driftless driftless;

  public DriftlessHealthContributor(Driftless driftless) {
    super("Driftless cannot read the version table");
    this.driftless = driftless;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    HistoryHealth health = HistoryHealth.of(driftless);
    (health.up() ? builder.up() : builder.down())
        .withDetail("applied", health.applied())
        .withDetail("pending", health.pending());
  }
}
