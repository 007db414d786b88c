package dev.driftless.internal.engine;

import dev.driftless.ops.SchemaOp;
import java.util.List;

/**
 * Renders a migration as a SQL script a DBA can review and run with {@code psql}: Alembic's
 * {@code upgrade --sql}. One transaction per revision, as the migrator runs it, with the
 * version-table statements included; revisions that run outside a transaction are marked. No
 * database is needed to produce it.
 */
final class OfflineScript {
  private final Checksums checksums;
  private final VersionTable versionTable;

  OfflineScript(Checksums checksums, VersionTable versionTable) {
    this.checksums = checksums;
    this.versionTable = versionTable;
  }

  String render(List<LoadedRevision> steps, boolean up, String description) {
    StringBuilder script = new StringBuilder()
        .append("-- Driftless offline ").append(up ? "upgrade" : "downgrade").append(": ")
        .append(description).append("\n")
        .append("-- ").append(steps.size()).append(" revision(s), one transaction each. Run with:"
            + " psql -v ON_ERROR_STOP=1 -f <this file>\n\n")
        // The literals below are standard ones, whatever the server's default.
        .append(ConformingStrings.SET_ON).append(";\n");
    for (String sql : versionTable.createSql()) {
      script.append(sql).append(";\n");
    }
    for (LoadedRevision revision : steps) {
      List<SchemaOp> ops = up ? revision.upgradeOps() : revision.downgradeOps();
      List<String> statements = checksums.render(ops);
      boolean transactional = revision.transactional();
      script.append("\n-- Revision ").append(revision.id()).append(" (")
          .append(up ? "upgrade" : "downgrade").append("): ").append(revision.message())
          .append(up && revision.isContract() ? "\n-- CONTRACT step of a rolling deploy: run "
              + "it only once no instance of the previous release is left." : "")
          .append(transactional ? "\nBEGIN;\n" : "\n-- NOT TRANSACTIONAL: the statements run one "
              + "by one; if one fails, those before it stay applied.\n");
      String set = transactional ? "SET LOCAL " : "SET ";
      if (revision.lockTimeout() != null) {
        script.append(set).append("lock_timeout = '").append(revision.lockTimeout())
            .append("';\n");
      }
      if (revision.statementTimeout() != null) {
        script.append(set).append("statement_timeout = '").append(revision.statementTimeout())
            .append("';\n");
      }
      for (String sql : statements) {
        script.append(sql).append(";\n");
      }
      script.append(up
          ? versionTable.insertSql(revision, Checksums.of(statements))
          : versionTable.deleteSql(revision.id())).append(";\n");
      script.append(transactional ? "COMMIT;\n"
          : "RESET lock_timeout;\nRESET statement_timeout;\n");
    }
    return script.toString();
  }
}
