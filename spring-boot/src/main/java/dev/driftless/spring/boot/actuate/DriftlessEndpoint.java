package dev.driftless.spring.boot.actuate;

import dev.driftless.Difference;
import dev.driftless.DriftReport;
import dev.driftless.Driftless;
import dev.driftless.RevisionStatus;
import dev.driftless.spring.boot.DriftlessUnits;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/driftless}: every revision with whether and when it was applied, and the drift
 * report of a check run for the request. The check takes the migration lock, so it waits while
 * another instance migrates rather than report a migration in flight as drift.
 *
 * <p>With the unnamed schema unit alone, the answer is that unit's {@link Descriptor}, as before
 * units existed. With named units ({@code driftless.units}), it is {@link Units}: one descriptor
 * per unit, keyed by the unit's name, the unnamed unit's as {@value #UNNAMED}.
 *
 * <p>The answer is made of plain records of strings, so that Boot 3.5's Jackson 2 and 4.0's
 * Jackson 3 write it alike.
 */
@Endpoint(id = "driftless")
public class DriftlessEndpoint {
  /** How the answer and the health name the unnamed unit next to named ones. */
  public static final String UNNAMED = "(unnamed)";

  private final DriftlessUnits units;

  /** For one unit. */
  public DriftlessEndpoint(Driftless driftless) {
    this(new DriftlessUnits(List.of(driftless)));
  }

  /** For every unit the starter runs. */
  public DriftlessEndpoint(DriftlessUnits units) {
    this.units = units;
  }

  @ReadOperation
  public Answer driftless() {
    if (units.isUnnamedOnly()) {
      return Descriptor.of(units.get(""));
    }
    Map<String, Descriptor> each = new LinkedHashMap<>();
    for (Driftless unit : units.all()) {
      each.put(key(unit.unit()), Descriptor.of(unit));
    }
    return new Units(each);
  }

  /** The name a unit is listed under. */
  static String key(String unit) {
    return unit.isEmpty() ? UNNAMED : unit;
  }

  /** What the endpoint answers: {@link Descriptor} for the unnamed unit alone, else {@link Units}. */
  public sealed interface Answer permits Descriptor, Units {}

  /** One unit's revisions and drift. */
  public record Descriptor(List<Revision> revisions, Drift drift) implements Answer {
    static Descriptor of(Driftless driftless) {
      List<Revision> revisions = driftless.history().stream().map(Revision::of).toList();
      return new Descriptor(revisions, Drift.of(driftless.check()));
    }
  }

  /** Each unit's descriptor, in start-up order, keyed by unit name. */
  public record Units(Map<String, Descriptor> units) implements Answer {}

  /**
   * One revision, parents first; {@code appliedAt} and {@code appliedBy} are null if the database
   * does not have it.
   */
  public record Revision(String id, String message, boolean applied, String appliedAt,
      String appliedBy, boolean head) {
    static Revision of(RevisionStatus status) {
      return new Revision(status.revision().id(), status.revision().message(),
          status.isApplied(),
          status.isApplied() ? status.applied().appliedAt().toString() : null,
          status.isApplied() ? status.applied().appliedBy() : null, status.head());
    }
  }

  /** The drift check's result: each difference with the SQL that would reconcile it. */
  public record Drift(boolean clean, List<Difference> differences, String report) {
    static Drift of(DriftReport report) {
      return new Drift(report.isClean(), report.differences(), report.format());
    }
  }
}
