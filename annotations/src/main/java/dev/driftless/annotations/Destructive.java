package dev.driftless.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a revision that can lose data or block writes, with one line per reason. The processor
 * writes it on generated revisions (and reports each reason as a compiler warning), so reviewers
 * and tools can find such revisions without reading every one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Destructive {

  /** Why, e.g. "drops column public.customer.bio and the data in it". */
  String[] value();
}
