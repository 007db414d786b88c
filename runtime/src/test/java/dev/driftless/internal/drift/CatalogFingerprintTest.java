package dev.driftless.internal.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.Difference;
import dev.driftless.internal.catalog.PostgresCatalogReader;
import dev.driftless.internal.engine.MigrationLock;
import dev.driftless.internal.engine.VersionTable;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.sql.PostgresDialect;
import dev.driftless.testing.LibraryRevisions;
import dev.driftless.testing.SampleSchemas;
import dev.driftless.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The drift check's shortcut: a clean check records the catalog's fingerprint on the version
 * table, and a later check whose fingerprint matches skips the read. Each test proves the
 * shortcut was taken where it should be, and that no change a full check would report gets past
 * it.
 */
class CatalogFingerprintTest {
  private static final PostgresDialect DIALECT = new PostgresDialect();

  @TempDir Path classes;

  static Stream<Arguments> changes() {
    return dev.driftless.drift.DriftDetectionTest.changes();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  void everyChangeAFullCheckReportsGetsPastNoRecordedFingerprint(String kind, String sql,
      List<String> expected) {
    DataSource database = TestDatabases.fresh();
    LibraryRevisions.library(database, classes).load().migrate();
    DriftCheck check = check(SampleSchemas.libraryLater());
    assertFalse(check.verdict(database).byFingerprint(), "nothing recorded yet: a full read");
    DriftCheck.Verdict second = check.verdict(database);
    assertTrue(second.byFingerprint() && second.report().isClean(),
        "recorded by the first clean check: the second skips the read");

    TestDatabases.execute(database, sql);

    DriftCheck.Verdict after = check.verdict(database);
    assertFalse(after.byFingerprint(), "the catalog changed: " + kind);
    assertEquals(expected.stream().sorted().toList(), objects(after), after.report()::format);
    assertEquals(objects(withoutFingerprints(SampleSchemas.libraryLater()).verdict(database)),
        objects(after), "the same report as a check that never uses fingerprints");
  }

  @Test
  void renamingAFunctionACheckCallsChangesNoCatalogRowTheReaderFetchesButIsSeen() {
    assertSeenAfterARecordedCheck(List.of(
        "CREATE FUNCTION positive(n int) RETURNS boolean LANGUAGE sql IMMUTABLE "
            + "AS 'SELECT n > 0'",
        "CREATE TABLE stock (id int PRIMARY KEY, quantity int "
            + "CONSTRAINT stock_quantity_check CHECK (positive(quantity)))"),
        "ALTER FUNCTION positive(int) RENAME TO is_positive",
        "check constraint stock_quantity_check on public.stock: definition differs");
  }

  @Test
  void renamingATypeAColumnUsesIsSeen() {
    assertSeenAfterARecordedCheck(List.of("CREATE DOMAIN amount AS numeric(12, 2)",
        "CREATE TABLE invoice (id int PRIMARY KEY, total amount)"),
        "ALTER DOMAIN amount RENAME TO money_amount", "column public.invoice.total");
  }

  /**
   * On a database made by {@code setUp}, checked against itself until the fingerprint serves,
   * {@code change} is reported as {@code difference} by a full read.
   */
  private static void assertSeenAfterARecordedCheck(List<String> setUp, String change,
      String difference) {
    DataSource database = TestDatabases.fresh();
    TestDatabases.execute(database, "CREATE TABLE driftless_history (id int)");
    TestDatabases.execute(database, setUp.toArray(String[]::new));
    DriftCheck check = check(live(database));
    check.verdict(database);
    assertTrue(check.verdict(database).byFingerprint());

    TestDatabases.execute(database, change);

    DriftCheck.Verdict after = check.verdict(database);
    assertFalse(after.byFingerprint());
    assertEquals(List.of(difference), objects(after), after.report()::format);
  }

  @Test
  void aDifferentExpectedSchemaOrFilterReadsInFull() {
    DataSource database = TestDatabases.fresh();
    LibraryRevisions.library(database, classes).load().migrate();
    DriftCheck check = check(SampleSchemas.libraryLater());
    check.verdict(database);
    assertTrue(check.verdict(database).byFingerprint());

    DriftCheck.Verdict earlier = check(SampleSchemas.library()).verdict(database);
    assertFalse(earlier.byFingerprint());
    assertFalse(earlier.report().isClean(), "the earlier snapshot is not this database");
    DriftCheck filtered = new DriftCheck(SampleSchemas.libraryLater(), VersionTable.DEFAULT_NAME,
        DIALECT, new DriftFilter(List.of(), List.of("public.shelf")), MigrationLock.DEFAULT_WAIT,
        null, true);
    assertFalse(filtered.verdict(database).byFingerprint(), "a filter changes the verdict too");
  }

  @Test
  void sessionSettingsThatChangeWhatTheServerPrintsArePartOfTheFingerprint()
      throws SQLException {
    DataSource database = TestDatabases.fresh();
    TestDatabases.execute(database, "CREATE TABLE t (id int PRIMARY KEY, every interval "
        + "DEFAULT '1 day')");
    PostgresCatalogReader reader = new PostgresCatalogReader();
    try (Connection connection = database.getConnection()) {
      var read = reader.readFingerprinted(connection, List.of("public"), Set.of())
          .fingerprint().orElseThrow();
      String before = reader.fingerprint(connection, List.of("public"), Set.of(), read.printed());
      assertEquals(read.digest(), before, "computed alone as while reading");
      assertEquals(before, reader.fingerprint(connection, List.of("public"), Set.of(),
          read.printed()), "the same catalog, the same fingerprint");
      connection.createStatement().execute("SET IntervalStyle = 'postgres_verbose'");
      assertFalse(before.equals(reader.fingerprint(connection, List.of("public"), Set.of(),
          read.printed())));
    }
  }

  @Test
  void aRoleThatDoesNotOwnTheVersionTableChecksInFullAndRecordsNothing() {
    DataSource database = TestDatabases.fresh();
    LibraryRevisions.library(database, classes).load().migrate();
    TestDatabases.execute(database, "CREATE ROLE checker LOGIN",
        "GRANT SELECT ON ALL TABLES IN SCHEMA public, archive TO checker");
    PGSimpleDataSource owner = (PGSimpleDataSource) database;
    PGSimpleDataSource checker = new PGSimpleDataSource();
    checker.setServerNames(owner.getServerNames());
    checker.setPortNumbers(owner.getPortNumbers());
    checker.setDatabaseName(owner.getDatabaseName());
    checker.setUser("checker");
    DriftCheck check = check(SampleSchemas.libraryLater());

    assertTrue(check.verdict(checker).report().isClean());
    assertFalse(check.verdict(checker).byFingerprint());
    assertEquals(List.of(""), comment(database), "nothing recorded");
    check.verdict(database);
    assertTrue(check.verdict(checker).byFingerprint(), "the owner's record serves any role");
  }

  @Test
  void aCommentSomeoneWroteIsKeptAndChecksReadInFull() {
    DataSource database = TestDatabases.fresh();
    LibraryRevisions.library(database, classes).load().migrate();
    TestDatabases.execute(database, "COMMENT ON TABLE driftless_history IS 'do not touch'");
    DriftCheck check = check(SampleSchemas.libraryLater());
    check.verdict(database);
    assertFalse(check.verdict(database).byFingerprint());
    assertEquals(List.of("do not touch"), comment(database));
  }

  @Test
  void aRecordOfAnotherFormatIsReplaced() {
    DataSource database = TestDatabases.fresh();
    LibraryRevisions.library(database, classes).load().migrate();
    TestDatabases.execute(database,
        "COMMENT ON TABLE driftless_history IS 'driftless verified catalog 1 a b - -'");
    DriftCheck check = check(SampleSchemas.libraryLater());
    check.verdict(database);
    assertTrue(check.verdict(database).byFingerprint());
    assertTrue(comment(database).get(0).startsWith("driftless verified catalog 2 "));
  }

  @Test
  void aCheckWithoutFingerprintsNeitherRecordsNorUsesOne() {
    DataSource database = TestDatabases.fresh();
    LibraryRevisions.library(database, classes).load().migrate();
    DriftCheck plain = withoutFingerprints(SampleSchemas.libraryLater());
    plain.verdict(database);
    assertEquals(List.of(""), comment(database));
    check(SampleSchemas.libraryLater()).verdict(database);
    assertFalse(plain.verdict(database).byFingerprint());
  }

  @Test
  void theConfigurationTurnsItOff() {
    DataSource database = TestDatabases.fresh();
    LibraryRevisions.library(database, classes).load().migrate();
    assertTrue(LibraryRevisions.library(database, classes).catalogFingerprint(false).load()
        .check().isClean());
    assertEquals(List.of(""), comment(database));
    assertTrue(LibraryRevisions.library(database, classes).load().check().isClean());
    assertTrue(comment(database).get(0).startsWith("driftless verified catalog "),
        "on by default");
  }

  private static DriftCheck check(Schema expected) {
    return new DriftCheck(expected, VersionTable.DEFAULT_NAME, DIALECT);
  }

  private static DriftCheck withoutFingerprints(Schema expected) {
    return new DriftCheck(expected, VersionTable.DEFAULT_NAME, DIALECT, DriftFilter.all(),
        MigrationLock.DEFAULT_WAIT, null, false);
  }

  /** The database's own schema, as the snapshot: a check against it is clean. */
  private static Schema live(DataSource database) {
    try (Connection connection = database.getConnection()) {
      return new PostgresCatalogReader().read(connection, List.of("public"),
          Set.of(QualifiedName.of("public", "driftless_history")));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> comment(DataSource database) {
    return TestDatabases.query(database,
        "SELECT coalesce(obj_description('driftless_history'::regclass, 'pg_class'), '')");
  }

  private static List<String> objects(DriftCheck.Verdict verdict) {
    return verdict.report().differences().stream().map(Difference::object).sorted().toList();
  }
}
