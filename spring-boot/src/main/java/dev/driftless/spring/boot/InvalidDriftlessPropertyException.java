package dev.driftless.spring.boot;

/**
 * A {@code driftless.*} property whose value the runtime refused; start-up fails with it, and
 * {@link InvalidPropertyFailureAnalyzer} turns it into Boot's "APPLICATION FAILED TO START"
 * report.
 */
public final class InvalidDriftlessPropertyException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String property;
  private final String value;
  private final String reason;

  InvalidDriftlessPropertyException(String property, String value, IllegalArgumentException reason) {
    super("Invalid value for " + property + " (" + value + "): " + reason.getMessage(), reason);
    this.property = property;
    this.value = value;
    this.reason = reason.getMessage();
  }

  /** The property's name, e.g. {@code driftless.lock-timeout}. */
  public String property() {
    return property;
  }

  /** The value as bound, e.g. {@code PT-1S}. */
  public String value() {
    return value;
  }

  /** Why the runtime refused it. */
  public String reason() {
    return reason;
  }
}
