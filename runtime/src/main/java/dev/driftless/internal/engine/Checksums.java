package dev.driftless.internal.engine;

import dev.driftless.ops.SchemaOp;
import dev.driftless.schema.PostgresNames;
import dev.driftless.sql.Dialect;
import java.util.ArrayList;
import java.util.List;

/**
 * The checksum of a revision: SHA-256 of the SQL its {@code upgrade()} renders to. Unlike a
 * checksum of the class file, it changes exactly when what the revision does changes.
 */
final class Checksums {
  private final Dialect dialect;

  Checksums(Dialect dialect) {
    this.dialect = dialect;
  }

  String of(LoadedRevision revision) {
    return of(render(revision.upgradeOps()));
  }

  static String of(List<String> statements) {
    return PostgresNames.sha256Hex(String.join(";\n", statements));
  }

  List<String> render(List<SchemaOp> ops) {
    List<String> statements = new ArrayList<>();
    ops.forEach(op -> statements.addAll(dialect.render(op)));
    return statements;
  }
}
