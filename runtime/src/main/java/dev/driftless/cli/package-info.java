/**
 * The {@code driftless} command line (picocli), shipped as the runnable
 * {@code driftless-runtime-VERSION-cli.jar}. It needs picocli and the PostgreSQL driver, which
 * are optional dependencies of the runtime: bundled in that jar, never forced on applications.
 *
 * <p>Its verbs, options and exit codes are the interface (see the README); the classes are
 * internal, and only {@link dev.driftless.cli.DriftlessCommand}, the jar's main class, is public.
 */
package dev.driftless.cli;
