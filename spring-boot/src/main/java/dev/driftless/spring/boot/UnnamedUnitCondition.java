package dev.driftless.spring.boot;

import dev.driftless.Driftless;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when the unnamed unit runs: {@code driftless.enabled} is not false, and either the
 * class path has the unnamed unit or {@code driftless.units} is empty. The latter keeps the
 * set-up without units as it was: the runtime's load then says what is missing (no snapshot, or
 * only named units and which).
 */
final class UnnamedUnitCondition extends SpringBootCondition {
  @Override
  public ConditionOutcome getMatchOutcome(ConditionContext context,
      AnnotatedTypeMetadata metadata) {
    DriftlessProperties properties = BoundProperties.of(context.getEnvironment());
    if (!properties.enabled()) {
      return ConditionOutcome.noMatch("driftless.enabled is false");
    }
    if (properties.units().isEmpty()) {
      return ConditionOutcome.match("driftless.units is empty");
    }
    ClassLoader loader = context.getResourceLoader() != null
        ? DriftlessLoader.classLoader(context.getResourceLoader()) : context.getClassLoader();
    return Driftless.units(loader).contains("")
        ? ConditionOutcome.match("the class path has the unnamed schema unit")
        : ConditionOutcome.noMatch("driftless.units is set and the class path has no unnamed "
            + "schema unit");
  }
}
