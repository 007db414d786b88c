package dev.driftless.sql;

import dev.driftless.ops.SchemaOp;
import java.util.List;

/**
 * Renders operations to the SQL of one database. PostgreSQL is the only dialect; the interface
 * keeps the engine independent of it.
 */
public interface Dialect {

  /** The statements that carry out {@code op}, in order, without trailing semicolons. */
  List<String> render(SchemaOp op);
}
