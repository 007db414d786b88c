package dev.driftless.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says that an entity's table or a field's column used to have another name, so the processor
 * generates {@code ALTER … RENAME} (rows survive) instead of a drop and an add.
 *
 * <p>Write the old physical name as the snapshot has it ({@code "customer"},
 * {@code "full_name"}). Once the rename is in the snapshot the annotation is inert: leaving it in
 * place generates nothing, so it can be removed at leisure.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.TYPE, ElementType.FIELD})
public @interface RenamedFrom {

  /** The old table or column name. */
  String value();
}
