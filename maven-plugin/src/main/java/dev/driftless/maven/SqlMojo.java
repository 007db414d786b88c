package dev.driftless.maven;

import dev.driftless.Driftless;
import dev.driftless.DriftlessConfiguration;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn driftless:sql}: writes the SQL script of an upgrade (or, with {@code down}, a
 * downgrade) to a file, for a DBA to review or run with {@code psql}. Needs no database.
 */
@Mojo(name = "sql", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class SqlMojo extends AbstractDriftlessMojo {

  /**
   * Where to go: {@code head} (the default), {@code +N} or a revision; with {@code down}:
   * {@code -N}, {@code base} or a revision.
   */
  @Parameter(property = "driftless.target")
  protected String target;

  /** Where the database is: {@code base} (the default upgrading), {@code head} or a revision. */
  @Parameter(property = "driftless.from")
  protected String from;

  /** A downgrade script instead (default {@code from}: {@code head}, {@code target} needed). */
  @Parameter(property = "driftless.down", defaultValue = "false")
  protected boolean down;

  /** The script file. */
  @Parameter(property = "driftless.sqlFile",
      defaultValue = "${project.build.directory}/driftless/migration.sql")
  protected File outputFile;

  @Override
  protected boolean needsDatabase() {
    return false;
  }

  @Override
  protected void run(DriftlessConfiguration configuration) throws MojoExecutionException {
    Driftless driftless = configuration.load();
    String script;
    if (down) {
      if (target == null || target.isBlank()) {
        throw new IllegalArgumentException("A downgrade script needs a target: "
            + "-Ddriftless.target=-1, base or a revision");
      }
      script = driftless.downgradeScript(from == null ? "head" : from, target);
    } else {
      script = driftless.upgradeScript(from == null ? "base" : from,
          target == null ? "head" : target);
    }
    try {
      Files.createDirectories(outputFile.toPath().toAbsolutePath().getParent());
      Files.writeString(outputFile.toPath(), script, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write the script to " + outputFile, e);
    }
    getLog().info("Wrote the " + (down ? "downgrade" : "upgrade") + " script to " + outputFile);
  }
}
