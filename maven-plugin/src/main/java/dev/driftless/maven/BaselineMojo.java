package dev.driftless.maven;

import dev.driftless.BaselineException;
import dev.driftless.DriftlessConfiguration;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn driftless:baseline}: brings an existing database under Driftless. If its schema is
 * the snapshot's, records every revision up to the head as applied without running any; else
 * fails the build listing the differences (the command line's exit code 1).
 */
@Mojo(name = "baseline", requiresDependencyResolution = ResolutionScope.RUNTIME,
    threadSafe = true)
public class BaselineMojo extends AbstractDriftlessMojo {

  @Override
  protected void run(DriftlessConfiguration configuration) throws MojoFailureException {
    try {
      List<String> ids = configuration.load().baseline();
      getLog().info("Baselined: the schema matches the snapshot; recorded " + ids.size()
          + " revision(s) as applied: " + String.join(", ", ids));
    } catch (BaselineException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
  }
}
