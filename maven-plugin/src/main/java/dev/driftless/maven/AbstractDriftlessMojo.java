package dev.driftless.maven;

import dev.driftless.Driftless;
import dev.driftless.DriftlessConfiguration;
import dev.driftless.schema.QualifiedName;
import java.io.IOException;
import java.net.URLClassLoader;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: the connection, the version table, {@code skip}, and the module's class
 * path, from which the revisions are read. A goal implements {@link #run}; failures become build
 * failures the way the command line's exit codes separate them (see the package documentation).
 */
public abstract class AbstractDriftlessMojo extends AbstractMojo {

  /** The module whose compiled classes hold the revisions. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  /** JDBC URL, e.g. {@code jdbc:postgresql://localhost:5432/app}; else {@code DRIFTLESS_URL}. */
  @Parameter(property = "driftless.url")
  protected String url;

  /** Database user; else {@code DRIFTLESS_USER}. */
  @Parameter(property = "driftless.user")
  protected String user;

  /** Database password; else {@code DRIFTLESS_PASSWORD}. */
  @Parameter(property = "driftless.password")
  protected String password;

  /**
   * The schema unit, as its processor's {@code -Adriftless.unit} names it; the unnamed unit when
   * not set.
   */
  @Parameter(property = "driftless.unit")
  protected String unit;

  /**
   * The version table, {@code schema.table} or {@code table} (in {@code public}); by default
   * {@code public.driftless_history}, or {@code public.driftless_history_<unit>} for a unit.
   */
  @Parameter(property = "driftless.versionTable")
  protected String versionTable;

  /** Skips the goal, e.g. {@code -Ddriftless.skip} in a build without a database. */
  @Parameter(property = "driftless.skip", defaultValue = "false")
  protected boolean skip;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping Driftless (driftless.skip=true)");
      return;
    }
    try (URLClassLoader classLoader = ProjectClassLoader.of(
        project.getRuntimeClasspathElements())) {
      run(configuration(classLoader));
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("Cannot read the class path of " + project.getId(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot close the class loader of " + project.getId(), e);
    } catch (IllegalArgumentException e) {
      // What the command line reports as a usage error (exit 2): a setting to fix.
      throw new MojoFailureException("driftless: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      // The command line's exit 3: no database, a failed revision, a history that does not
      // match the code, no revisions compiled yet.
      throw new MojoExecutionException("driftless: " + e.getMessage() + hint(e), e);
    }
  }

  /** Does the goal's work with the loaded configuration. */
  protected abstract void run(DriftlessConfiguration configuration)
      throws MojoExecutionException, MojoFailureException;

  /** Whether the goal connects to the database; {@code sql} does not. */
  protected boolean needsDatabase() {
    return true;
  }

  /** Where the database is, for log lines (without the password). */
  protected String database() {
    return connection().describe();
  }

  private DriftlessConfiguration configuration(ClassLoader classLoader) {
    DriftlessConfiguration configuration = Driftless.configure().classLoader(classLoader);
    if (unit != null && !unit.isBlank()) {
      configuration.unit(unit.strip());
    }
    if (versionTable != null && !versionTable.isBlank()) {
      QualifiedName table = QualifiedName.parse(versionTable);
      configuration.versionTable(table.schema(), table.name());
    }
    if (needsDatabase()) {
      configuration.dataSource(connection().dataSource());
    }
    return configuration;
  }

  private ConnectionSettings connection() {
    return new ConnectionSettings(url, user, password, System::getenv);
  }

  /** The usual cause of a missing snapshot in a Maven build: the goal ran before compile. */
  private static String hint(RuntimeException e) {
    String message = String.valueOf(e.getMessage());
    return message.startsWith("No schema snapshot") || message.contains("revisions.idx")
        ? " (Has the module been compiled? Run e.g. mvn compile driftless:migrate.)"
        : "";
  }
}
