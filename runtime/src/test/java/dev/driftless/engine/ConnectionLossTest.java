package dev.driftless.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.Driftless;
import dev.driftless.MigrationException;
import dev.driftless.testing.LibraryRevisions;
import dev.driftless.testing.RevisionClassPath;
import dev.driftless.testing.SampleSchemas;
import dev.driftless.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session ends under a running revision (here the revision ends its own backend, as
 * {@code pg_terminate_backend} from an operator or a server restart would): the error still names
 * the revision, the statement and PostgreSQL's SQLSTATE, and the failed clean-up on the dead
 * connection is attached, not shown instead.
 */
class ConnectionLossTest {
  @TempDir Path classes;

  private final DataSource database = TestDatabases.fresh();

  private Driftless with(Class<?> revision) {
    return Driftless.configure().dataSource(database).classLoader(RevisionClassPath.of(classes,
        SampleSchemas.library(), LibraryRevisions.V1.class, revision)).load();
  }

  @Test
  void aConnectionLostMidRevisionReportsTheRevisionStatementAndSqlState() {
    Driftless driftless = with(LibraryRevisions.CutOff.class);
    driftless.upgrade("v1");

    MigrationException error = assertThrows(MigrationException.class, driftless::migrate);

    assertEquals("cut", error.revisionId(), error.getMessage());
    assertEquals("57P01", error.sqlState(), error.getMessage());
    assertEquals("SELECT pg_terminate_backend(pg_backend_pid())", error.statement());
    assertTrue(error.getMessage().contains("connection to the database was lost"),
        error.getMessage());
    assertTrue(error.getSuppressed().length > 0, "the failed rollback is attached");
    assertEquals(List.of(), TestDatabases.query(database,
        "SELECT relname FROM pg_class WHERE relname = 'before_cut'"),
        "PostgreSQL rolled the transaction back when the session ended");
  }

  @Test
  void aConnectionLostOutsideATransactionListsTheStatementsAlreadyApplied() {
    Driftless driftless = with(LibraryRevisions.CutOffOnline.class);
    driftless.upgrade("v1");

    MigrationException error = assertThrows(MigrationException.class, driftless::migrate);

    assertEquals("cut-online", error.revisionId(), error.getMessage());
    assertEquals("57P01", error.sqlState(), error.getMessage());
    assertTrue(error.getMessage().contains("stays applied:\n    CREATE TABLE before_cut (id int)"),
        error.getMessage());
    assertEquals(List.of("before_cut"), TestDatabases.query(database,
        "SELECT relname FROM pg_class WHERE relname = 'before_cut'"));
    assertEquals(List.of("v1"), TestDatabases.query(database,
        "SELECT revision_id FROM driftless_history"), "the cut revision is not recorded");
  }
}
