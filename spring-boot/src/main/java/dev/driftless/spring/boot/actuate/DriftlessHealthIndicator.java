package dev.driftless.spring.boot.actuate;

import dev.driftless.Driftless;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/** The {@code driftless} health on Spring Boot 3.5; see {@link HistoryHealth}. */
public class DriftlessHealthIndicator extends AbstractHealthIndicator {
  private final Driftless driftless;

  public DriftlessHealthIndicator(Driftless driftless) {
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
