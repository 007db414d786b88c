/**
 * The Maven plugin: goals {@code migrate}, {@code check}, {@code history}, {@code sql} and
 * {@code baseline}, each a thin layer over the {@link dev.driftless.Driftless} API, reading the
 * revisions from the module's own classes. Exit semantics follow the command line's: drift (from
 * {@code check} or {@code baseline}) and bad settings fail the build with a
 * {@link org.apache.maven.plugin.MojoFailureException}; anything else (no database, a failed
 * revision, a history that does not match the code) with a
 * {@link org.apache.maven.plugin.MojoExecutionException}.
 */
package dev.driftless.maven;
