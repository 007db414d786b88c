package dev.driftless.spring.boot;

import dev.driftless.Driftless;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every schema unit the starter migrates and verifies at start-up, loaded: the unnamed unit
 * first if it runs (it is also the {@link Driftless} bean), then the named units
 * {@code driftless.units} enables, by name. For the application to reach a named unit's runtime
 * ({@code get("reporting").history()}), and for the Actuator endpoint and health.
 */
public final class DriftlessUnits {
  private final Map<String, Driftless> units = new LinkedHashMap<>();

  /**
   * @throws IllegalArgumentException if two of {@code units} are the same unit
   */
  public DriftlessUnits(List<Driftless> units) {
    for (Driftless unit : units) {
      if (this.units.putIfAbsent(unit.unit(), unit) != null) {
        throw new IllegalArgumentException("schema unit '" + unit.unit() + "' is given twice");
      }
    }
  }

  /** The units' names in start-up order; {@code ""} is the unnamed unit. */
  public List<String> names() {
    return List.copyOf(units.keySet());
  }

  /** The units' runtimes in start-up order. */
  public List<Driftless> all() {
    return List.copyOf(units.values());
  }

  /**
   * The runtime of {@code unit} ({@code ""} for the unnamed one).
   *
   * @throws IllegalArgumentException if that unit is not run by the starter, naming those that are
   */
  public Driftless get(String unit) {
    Driftless driftless = units.get(unit);
    if (driftless == null) {
      throw new IllegalArgumentException("Driftless runs no schema unit '" + unit + "'; it runs: "
          + DriftlessLoader.describe(names()));
    }
    return driftless;
  }

  /** Whether the one unit is the unnamed one: the set-up every application had before units. */
  public boolean isUnnamedOnly() {
    return units.size() == 1 && units.containsKey("");
  }
}
