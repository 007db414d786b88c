package dev.driftless.spring.boot.actuate;

import dev.driftless.Difference;
import dev.driftless.DriftReport;
import dev.driftless.Driftless;
import dev.driftless.RevisionStatus;
import java.util.List;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/driftless}: every revision with whether and when it was applied, and the drift
 * report of a check run for the request. The check takes the migration lock, so it waits while
 * another instance migrates rather than report a migration in flight as drift.
 *
 * <p>The answer is made of plain records of strings, so that Boot 3.5's Jackson 2 and 4.0's
 * Jackson 3 write it alike.
 */
@Endpoint(id = "driftless")
public class DriftlessEndpoint {
  private final Driftless driftless;

  public DriftlessEndpoint(Driftless driftless) {
    this.driftless = driftless;
  }

  @ReadOperation
  public Descriptor driftless() {
    List<Revision> revisions = driftless.history().stream().map(Revision::of).toList();
    return new Descriptor(revisions, Drift.of(driftless.check()));
  }

  /** What the endpoint answers. */
  public record Descriptor(List<Revision> revisions, Drift drift) {}

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
