package dev.driftless.maven;

import dev.driftless.DriftlessConfiguration;
import dev.driftless.RevisionStatus;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn driftless:history}: every revision, parents first, with whether and when the
 * database got it (Flyway's {@code info}).
 */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.RUNTIME,
    threadSafe = true)
public class HistoryMojo extends AbstractDriftlessMojo {

  @Override
  protected void run(DriftlessConfiguration configuration) {
    for (RevisionStatus status : configuration.load().history()) {
      getLog().info(status.describe());
    }
  }
}
