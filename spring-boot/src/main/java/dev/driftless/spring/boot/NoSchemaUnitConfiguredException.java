package dev.driftless.spring.boot;

import dev.driftless.Driftless;
import java.util.List;

/**
 * Start-up found only named schema units on the class path and {@code driftless.units}
 * configures none of them, so there is nothing Driftless knows to migrate.
 * {@link SchemaUnitFailureAnalyzer} turns it into Boot's "APPLICATION FAILED TO START" report.
 */
public final class NoSchemaUnitConfiguredException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final List<String> units;

  NoSchemaUnitConfiguredException(List<String> units, IllegalStateException cause) {
    super("This class path has only named Driftless schema units (" + String.join(", ", units)
        + ") and driftless.units configures none of them", cause);
    this.units = List.copyOf(units);
  }

  /**
   * The failure to report for {@code failure}, the runtime's refusal to load the unnamed unit:
   * this exception when the class path has named units but not the unnamed one, else
   * {@code failure} itself (a missing snapshot with no units at all keeps its own advice).
   */
  static IllegalStateException ifOnlyNamedUnits(ClassLoader loader,
      IllegalStateException failure) {
    List<String> units = Driftless.units(loader);
    return units.isEmpty() || units.contains("") ? failure
        : new NoSchemaUnitConfiguredException(units, failure);
  }

  /** The named units the class path has, sorted. */
  public List<String> units() {
    return units;
  }
}
