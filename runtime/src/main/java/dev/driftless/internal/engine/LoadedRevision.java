package dev.driftless.internal.engine;

import dev.driftless.RevisionInfo;
import dev.driftless.annotations.Phase;
import dev.driftless.engine.Migration;
import dev.driftless.ops.Ops;
import dev.driftless.ops.SchemaOp;
import java.util.List;
import java.util.Objects;

/**
 * A revision class found on the class path, with the metadata of its {@code @Revision}.
 *
 * @param id revision id
 * @param parents ids of the revisions it follows
 * @param message what it changes
 * @param migration an instance of the revision class
 * @param lockTimeout PostgreSQL {@code lock_timeout} for this revision, or {@code null}
 * @param statementTimeout PostgreSQL {@code statement_timeout} for this revision, or {@code null}
 * @param transactional whether it runs in one transaction (see {@code Revision.transactional})
 * @param phase where it belongs in a rolling deploy (see {@code Revision.phase})
 */
public record LoadedRevision(String id, List<String> parents, String message, Migration migration,
    String lockTimeout, String statementTimeout, boolean transactional, Phase phase) {

  public LoadedRevision {
    Objects.requireNonNull(id, "id");
    parents = List.copyOf(parents);
    Objects.requireNonNull(migration, "migration");
    Objects.requireNonNull(phase, "phase");
  }

  /** A transactional revision that keeps the run's timeouts. */
  public LoadedRevision(String id, List<String> parents, String message, Migration migration) {
    this(id, parents, message, migration, null, null, true, Phase.SINGLE);
  }

  /** Whether {@code migrate()} holds it back until {@code contract()}. */
  public boolean isContract() {
    return phase == Phase.CONTRACT;
  }

  /** The name of the revision class, for messages. */
  public String className() {
    Migration shown = migration instanceof TranslatedMigration t ? t.original() : migration;
    return shown.getClass().getName();
  }

  /** What the API shows of this revision. */
  public RevisionInfo info() {
    return new RevisionInfo(id, parents, message, className(), phase);
  }

  /** This revision with every recorded operation passed through {@code translation}. */
  LoadedRevision translated(java.util.function.UnaryOperator<SchemaOp> translation) {
    return new LoadedRevision(id, parents, message, new TranslatedMigration(migration, translation),
        lockTimeout, statementTimeout, transactional, phase);
  }

  /** The operations of {@code upgrade()}. */
  public List<SchemaOp> upgradeOps() {
    Ops ops = new Ops();
    migration.upgrade(ops);
    return ops.recorded();
  }

  /** The operations of {@code downgrade()}. */
  public List<SchemaOp> downgradeOps() {
    Ops ops = new Ops();
    migration.downgrade(ops);
    return ops.recorded();
  }
}
