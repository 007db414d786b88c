package dev.driftless.maven;

import dev.driftless.DriftlessConfiguration;
import dev.driftless.MigrateResult;
import dev.driftless.OutOfOrder;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn driftless:migrate}: applies the pending revisions, one transaction each (the command
 * line's {@code upgrade}). Fails the build, naming the revision and statement, if one fails.
 */
@Mojo(name = "migrate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class MigrateMojo extends AbstractDriftlessMojo {

  /** Where to go: {@code head}, {@code heads}, {@code +N}, or a revision id or prefix. */
  @Parameter(property = "driftless.target", defaultValue = "head")
  protected String target;

  /**
   * Applies pending revisions that come before revisions already applied, with a warning,
   * instead of refusing (Flyway's {@code outOfOrder}).
   */
  @Parameter(property = "driftless.outOfOrder", defaultValue = "false")
  protected boolean outOfOrder;

  /**
   * On a database that records no revision yet and already has the snapshot's schema (made by
   * Hibernate's {@code ddl-auto}, Flyway or hand), baselines first instead of failing on the
   * first table that exists (Flyway's {@code baselineOnMigrate}).
   */
  @Parameter(property = "driftless.baselineOnMigrate", defaultValue = "false")
  protected boolean baselineOnMigrate;

  @Override
  protected void run(DriftlessConfiguration configuration) {
    MigrateResult result = configuration
        .outOfOrder(outOfOrder ? OutOfOrder.APPLY : OutOfOrder.REFUSE)
        .baselineOnMigrate(baselineOnMigrate).load().upgrade(target);
    if (result.applied().isEmpty()) {
      getLog().info("Nothing to apply: " + result.alreadyApplied()
          + " revision(s) already applied.");
    }
    log(getLog(), result);
  }

  /** One line per applied revision, and the contract revisions held back. */
  static void log(Log log, MigrateResult result) {
    for (MigrateResult.Applied step : result.applied()) {
      log.info(String.format("Applied %s (%s): %d statement(s) in %d ms", step.id(),
          step.message(), step.statements(), step.millis()));
    }
    if (!result.heldBack().isEmpty()) {
      log.info("Held back " + String.join(", ", result.heldBack()) + ": contract "
          + "revision(s) (and what follows them), which drop what the previous release still "
          + "uses. Run mvn driftless:contract once it is gone.");
    }
  }
}
