package dev.driftless.maven;

import dev.driftless.DriftReport;
import dev.driftless.DriftlessConfiguration;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn driftless:check}: does the live database match the module's snapshot? Prints each
 * difference with the SQL that would reconcile it and fails the build on drift (the command
 * line's exit code 1).
 */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class CheckMojo extends AbstractDriftlessMojo {

  /** Check only matching tables and sequences ({@code schema.name}, {@code *} wildcard). */
  @Parameter(property = "driftless.includes")
  protected List<String> includes = new ArrayList<>();

  /** Leave matching tables and sequences out, e.g. {@code public.spatial_ref_sys}. */
  @Parameter(property = "driftless.excludes")
  protected List<String> excludes = new ArrayList<>();

  /**
   * Whether a clean check records the catalog's fingerprint on the version table, and a check
   * that finds it unchanged skips the catalog read; false reads the whole catalog.
   */
  @Parameter(property = "driftless.catalogFingerprint", defaultValue = "true")
  protected boolean catalogFingerprint = true;

  @Override
  protected void run(DriftlessConfiguration configuration) throws MojoFailureException {
    DriftReport report = configuration.catalogFingerprint(catalogFingerprint)
        .includeObjects(includes.toArray(String[]::new))
        .excludeObjects(excludes.toArray(String[]::new)).load().check();
    if (!report.isClean()) {
      throw new MojoFailureException("Drift in " + database() + ":\n" + report.format());
    }
    getLog().info(report.format());
  }
}
