package dev.driftless.internal.engine;

import dev.driftless.ops.SchemaOp;
import dev.driftless.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The schema a database should have when {@code migrate()} has held contract revisions back:
 * the snapshot (the schema after every revision) with those revisions' downgrades applied, newest
 * first. Between the expand and the contract step of a rolling deploy the old columns and tables
 * are still there on purpose, and the drift check must expect them rather than report them.
 *
 * <p>Only contract revisions are undone, and only when nothing else is pending: a database that is
 * simply behind, or whose next release's revisions wait behind a contract not yet run, lacks
 * what this code needs and is compared with the snapshot as before, and reported.
 */
public final class ExpandedState {
  private final RevisionGraph graph;
  private final VersionTable versionTable;
  private final boolean hasContracts;

  public ExpandedState(RevisionGraph graph, VersionTable versionTable) {
    this.graph = graph;
    this.versionTable = versionTable;
    this.hasContracts = graph.fromBase().stream().anyMatch(LoadedRevision::isContract);
  }

  /** What {@code connection}'s database should hold, given {@code snapshot}. */
  public Schema expected(Connection connection, Schema snapshot) throws SQLException {
    if (!hasContracts || !versionTable.exists(connection)) {
      return snapshot; // no rolling deploy: no query beyond the check's own
    }
    Set<String> applied = versionTable.appliedIds(connection);
    List<LoadedRevision> held = graph.heldBack(applied);
    long pending = graph.fromBase().stream().filter(r -> !applied.contains(r.id())).count();
    if (held.isEmpty() || pending != held.size()
        || !held.stream().allMatch(LoadedRevision::isContract)) {
      return snapshot; // behind, or behind a revision this code needs: that is drift
    }
    List<LoadedRevision> newestFirst = new ArrayList<>(held);
    Collections.reverse(newestFirst);
    Schema expected = snapshot;
    for (LoadedRevision revision : newestFirst) {
      for (SchemaOp op : revision.downgradeOps()) {
        expected = op.applyTo(expected);
      }
    }
    return expected;
  }
}
