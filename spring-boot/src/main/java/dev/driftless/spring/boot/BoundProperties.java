package dev.driftless.spring.boot;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.handler.IgnoreErrorsBindHandler;
import org.springframework.core.env.Environment;

/**
 * The {@code driftless.*} properties as conditions see them, before the properties bean exists.
 * Errors are ignored here: a value that does not bind fails start-up later, when the properties
 * bean is bound, with Boot's usual report rather than a condition's.
 */
final class BoundProperties {
  private BoundProperties() {}

  static DriftlessProperties of(Environment environment) {
    return Binder.get(environment).bindOrCreate("driftless",
        Bindable.of(DriftlessProperties.class), new IgnoreErrorsBindHandler());
  }
}
