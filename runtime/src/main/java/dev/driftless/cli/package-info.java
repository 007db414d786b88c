/**
 * The {@code driftless} command line (picocli), shipped as the runnable
 * {@code driftless-runtime-VERSION-cli.jar}. It needs picocli and the PostgreSQL driver, which
 * are optional dependencies of the runtime: bundled in that jar, never forced on applications.
 */
package dev.driftless.cli;
