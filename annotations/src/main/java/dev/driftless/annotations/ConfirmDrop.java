package dev.driftless.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Confirms that columns of this entity's table, or whole tables, are meant to be dropped, when
 * the processor could otherwise take a drop and an add for an unannounced rename and stops with
 * an error. Inert once the drop is in the snapshot.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface ConfirmDrop {

  /** Old column names that are to be dropped, as the snapshot has them. */
  String[] columns() default {};

  /**
   * Old tables that are to be dropped although this entity's new table looks like their
   * successor; a bare name is in this entity's schema, {@code schema.table} in another.
   */
  String[] tables() default {};
}
