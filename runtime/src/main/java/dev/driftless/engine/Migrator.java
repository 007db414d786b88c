package dev.driftless.engine;

import dev.driftless.ops.SchemaOp;
import dev.driftless.schema.PostgresNames;
import dev.driftless.sql.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies pending revisions to a database: one transaction per revision, recorded in the
 * {@link VersionTable} inside that same transaction, so a revision is either wholly applied and
 * recorded or not at all.
 *
 * <p>A session-level advisory lock serializes migrators: when many instances of an application
 * start at once, one applies the revisions and the others wait, then find nothing to do. If the
 * process dies, PostgreSQL releases the lock with the session.
 */
public final class Migrator {
  private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);

  private final DataSource dataSource;
  private final RevisionGraph graph;
  private final Dialect dialect;
  private final VersionTable versionTable;

  public Migrator(
      DataSource dataSource, RevisionGraph graph, Dialect dialect, VersionTable versionTable) {
    this.dataSource = dataSource;
    this.graph = graph;
    this.dialect = dialect;
    this.versionTable = versionTable;
  }

  /** Applies every revision the database does not have yet, parents first. */
  @SuppressWarnings("try") // the lock is held for the scope of the try block, never read
  public MigrateResult migrate() {
    Set<String> heads = graph.heads();
    if (heads.size() > 1) {
      throw new MigrationException(null, "The revisions have " + heads.size() + " heads " + heads
          + ": two branches each added a revision. Add a merge revision whose parents are all "
          + "of them (a class with @Revision(parents = {...}) and empty upgrade/downgrade), "
          + "then migrate again.", null, null, null);
    }
    try (Connection connection = dataSource.getConnection();
        MigrationLock lock = MigrationLock.acquire(connection, versionTable.name())) {
      return applyPending(connection);
    } catch (SQLException e) {
      throw new MigrationException(null, "Cannot migrate: " + e.getMessage()
          + " (SQLSTATE " + e.getSQLState() + ")", null, e.getSQLState(), e);
    }
  }

  private MigrateResult applyPending(Connection connection) throws SQLException {
    connection.setAutoCommit(true);
    versionTable.ensureExists(connection);
    Set<String> applied = versionTable.appliedIds(connection);
    List<MigrateResult.Applied> done = new ArrayList<>();
    for (LoadedRevision revision : graph.fromBase()) {
      if (!applied.contains(revision.id())) {
        done.add(apply(connection, revision));
      }
    }
    return new MigrateResult(done, applied.size());
  }

  private MigrateResult.Applied apply(Connection connection, LoadedRevision revision)
      throws SQLException {
    List<SchemaOp> ops = revision.upgradeOps();
    List<String> rendered = new ArrayList<>();
    long started = System.nanoTime();
    connection.setAutoCommit(false);
    try {
      for (SchemaOp op : ops) {
        for (String sql : dialect.render(op)) {
          rendered.add(sql);
          execute(connection, revision, op, sql);
        }
      }
      long millis = (System.nanoTime() - started) / 1_000_000;
      versionTable.record(connection, revision, checksum(rendered), millis);
      connection.commit();
      LOG.info("Applied revision {} ({}) in {} ms", revision.id(), revision.message(), millis);
      return new MigrateResult.Applied(revision.id(), revision.message(), rendered.size(), millis);
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private static void execute(Connection connection, LoadedRevision revision, SchemaOp op,
      String sql) {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new MigrationException(revision.id(),
          "Revision " + revision.id() + " (" + revision.className() + ") failed and was rolled "
              + "back; the revisions before it stay applied.\n"
              + "  operation: " + op.describe() + "\n"
              + "  statement: " + sql + "\n"
              + "  error:     " + e.getMessage() + " (SQLSTATE " + e.getSQLState() + ")\n"
              + "Fix the revision or the database, then migrate again.",
          sql, e.getSQLState(), e);
    }
  }

  /** A checksum of what the revision does, as rendered SQL, stored for later validation. */
  static String checksum(List<String> statements) {
    return PostgresNames.sha256Hex(String.join(";\n", statements));
  }
}
