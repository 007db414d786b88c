package dev.driftless.maven;

import dev.driftless.DriftlessConfiguration;
import dev.driftless.MigrateResult;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn driftless:contract}: the last step of a rolling deploy. Applies every pending
 * revision, the contract revisions {@code driftless:migrate} holds back included; run it once no
 * instance of the previous release is left.
 */
@Mojo(name = "contract", requiresDependencyResolution = ResolutionScope.RUNTIME,
    threadSafe = true)
public class ContractMojo extends AbstractDriftlessMojo {

  @Override
  protected void run(DriftlessConfiguration configuration) {
    MigrateResult result = configuration.load().contract();
    if (result.applied().isEmpty()) {
      getLog().info("Nothing to contract.");
    }
    MigrateMojo.log(getLog(), result);
  }
}
