package dev.driftless.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as a Driftless revision: one step in the schema's history.
 *
 * <p>The annotation processor writes it on every revision it generates; a hand-written revision
 * carries it too. The runtime reads it to build the revision graph, so it is retained at run time.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {

  /** Unique id of this revision, recorded in the database's version table once applied. */
  String id();

  /** Ids of the revisions this one follows; empty for the first revision of a schema. */
  String[] parents() default {};

  /** What this revision changes, in a few words. */
  String message() default "";

  /**
   * PostgreSQL {@code lock_timeout} while this revision runs, e.g. {@code "5s"}; empty for the
   * run's setting. A revision that waits longer for a table lock fails instead of queueing
   * every other query on that table behind it.
   */
  String lockTimeout() default "";

  /** PostgreSQL {@code statement_timeout} while this revision runs, e.g. {@code "15min"}. */
  String statementTimeout() default "";

  /**
   * Whether the revision runs in one transaction (the default, and the safe choice). Set it to
   * {@code false} for work PostgreSQL cannot do in a transaction ({@code CREATE INDEX
   * CONCURRENTLY}) or should not do in one (a batched backfill that commits as it goes). Such a
   * revision runs statement by statement; if it fails halfway the statements before the failure
   * stay applied, and the error says how to recover.
   */
  boolean transactional() default true;

  /**
   * Where the revision belongs in a rolling deploy. {@link Phase#CONTRACT} revisions are held
   * back by {@code migrate()} until {@code contract()} is run after the rollout; see the
   * processor option {@code -Adriftless.deploy=rolling}, which generates them.
   */
  Phase phase() default Phase.SINGLE;
}
