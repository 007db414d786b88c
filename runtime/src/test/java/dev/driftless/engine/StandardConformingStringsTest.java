package dev.driftless.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.Driftless;
import dev.driftless.testing.LibraryRevisions;
import dev.driftless.testing.LibraryRevisions.BackslashComment;
import dev.driftless.testing.RevisionClassPath;
import dev.driftless.testing.SampleSchemas;
import dev.driftless.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database whose {@code standard_conforming_strings} is off reads {@code \'} as an escaped
 * quote: a comment holding one must still be stored as written, never end its literal and run
 * the rest as SQL, whether the migrator runs it or a DBA runs the offline script.
 */
class StandardConformingStringsTest {
  @TempDir Path classes;

  private final DataSource database = TestDatabases.fresh();
  private Driftless driftless;

  @BeforeEach
  void legacyStrings() {
    String name = TestDatabases.query(database, "SELECT current_database()").get(0);
    TestDatabases.execute(database,
        "ALTER DATABASE " + name + " SET standard_conforming_strings = off");
    assertEquals(List.of("off"), TestDatabases.query(database, "SHOW standard_conforming_strings"));
    driftless = Driftless.configure().dataSource(database).classLoader(RevisionClassPath.of(
        classes, SampleSchemas.library(), LibraryRevisions.Victim.class,
        BackslashComment.class)).load();
  }

  @Test
  void aCommentWithABackslashQuoteIsStoredAsWrittenWhenStandardConformingStringsIsOff() {
    driftless.migrate();

    assertVictimKeepsItsComment();
    assertEquals(List.of("off"), TestDatabases.query(database, "SHOW standard_conforming_strings"),
        "a new session still has the database's setting");
  }

  @Test
  void theOfflineScriptSetsStandardConformingStringsBeforeItsLiterals() {
    String script = driftless.upgradeScript("base", "head");
    assertTrue(script.contains("\nSET standard_conforming_strings = on;\n"), script);

    // As psql runs it: one statement at a time, each read under the settings the ones before
    // left (one JDBC call would split the whole script under the session's setting up front).
    TestDatabases.execute(database, script.split(";\n"));

    assertVictimKeepsItsComment();
  }

  private void assertVictimKeepsItsComment() {
    assertEquals(List.of(BackslashComment.COMMENT), TestDatabases.query(database,
        "SELECT obj_description('public.victim'::regclass, 'pg_class')"),
        "the table is still there, with the comment as written");
  }
}
