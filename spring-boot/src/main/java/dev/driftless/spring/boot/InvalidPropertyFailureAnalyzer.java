package dev.driftless.spring.boot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a refused {@code driftless.*} value the way Boot reports a property it cannot bind. */
final class InvalidPropertyFailureAnalyzer
    extends AbstractFailureAnalyzer<InvalidDriftlessPropertyException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure,
      InvalidDriftlessPropertyException cause) {
    return new FailureAnalysis(
        "Invalid value for " + cause.property() + ":\n\n    Property: " + cause.property()
            + "\n    Value: " + cause.value() + "\n    Reason: " + cause.reason(),
        "Update your application's configuration: correct or remove " + cause.property() + ".",
        cause);
  }
}
