package dev.driftless.spring.boot;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches unless Driftless is off: {@code driftless.enabled=false} with no unit under
 * {@code driftless.units} turning itself back on ({@code driftless.units.<name>.enabled=true}).
 */
final class DriftlessEnabledCondition extends SpringBootCondition {
  @Override
  public ConditionOutcome getMatchOutcome(ConditionContext context,
      AnnotatedTypeMetadata metadata) {
    DriftlessProperties properties = BoundProperties.of(context.getEnvironment());
    if (properties.enabled()) {
      return ConditionOutcome.match("driftless.enabled is not false");
    }
    boolean unitEnabled = properties.unitNames().stream()
        .anyMatch(unit -> properties.forUnit(unit).enabled());
    return unitEnabled
        ? ConditionOutcome.match("driftless.enabled is false but a unit's enabled is true")
        : ConditionOutcome.noMatch("driftless.enabled is false");
  }
}
