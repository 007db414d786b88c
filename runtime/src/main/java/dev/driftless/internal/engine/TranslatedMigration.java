package dev.driftless.internal.engine;

import dev.driftless.engine.Migration;
import dev.driftless.ops.Ops;
import dev.driftless.ops.SchemaOp;
import java.util.function.UnaryOperator;

/** A revision whose recorded operations pass through a translation (to a tenant's schema). */
record TranslatedMigration(Migration original, UnaryOperator<SchemaOp> translation)
    implements Migration {

  @Override
  public void upgrade(Ops op) {
    Ops recorded = new Ops();
    original.upgrade(recorded);
    recorded.recorded().forEach(o -> op.add(translation.apply(o)));
  }

  @Override
  public void downgrade(Ops op) {
    Ops recorded = new Ops();
    original.downgrade(recorded);
    recorded.recorded().forEach(o -> op.add(translation.apply(o)));
  }
}
