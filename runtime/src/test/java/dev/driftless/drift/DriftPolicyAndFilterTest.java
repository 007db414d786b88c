package dev.driftless.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.driftless.Difference;
import dev.driftless.DriftException;
import dev.driftless.DriftPolicy;
import dev.driftless.DriftReport;
import dev.driftless.Driftless;
import dev.driftless.DriftlessConfiguration;
import dev.driftless.internal.drift.DriftFilter;
import dev.driftless.schema.QualifiedName;
import dev.driftless.testing.LibraryRevisions;
import dev.driftless.testing.RevisionClassPath;
import dev.driftless.testing.SampleSchemas;
import dev.driftless.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftPolicyAndFilterTest {
  @TempDir Path classes;

  private final DataSource database = TestDatabases.fresh();

  private DriftlessConfiguration library() {
    return Driftless.configure().dataSource(database)
        .classLoader(RevisionClassPath.of(classes, SampleSchemas.libraryLater(),
            LibraryRevisions.V1.class, LibraryRevisions.V2.class));
  }

  @Test
  void warnReturnsTheReportInsteadOfFailing() {
    library().load().migrate();
    TestDatabases.execute(database, "CREATE TABLE stray (id int)");
    assertThrows(DriftException.class, () -> library().load().verify());
    DriftReport report = library().driftPolicy(DriftPolicy.WARN).load().verify();
    assertEquals(List.of("table public.stray"),
        report.differences().stream().map(Difference::object).toList());
  }

  @Test
  void offDoesNotEvenLook() {
    DriftReport report = library().driftPolicy(DriftPolicy.OFF).load().verify();
    assertTrue(report.isClean(), "nothing migrated, yet OFF reports nothing");
  }

  @Test
  void excludedObjectsAreNotReported() {
    library().load().migrate();
    TestDatabases.execute(database, "CREATE TABLE spatial_ref_sys (srid int)",
        "CREATE SCHEMA reporting", "CREATE TABLE reporting.daily (d date)",
        "CREATE TABLE reporting_cache (k text)");
    DriftReport report = library()
        .excludeObjects("public.spatial_ref_sys", "*_cache").load().check();
    assertEquals(List.of(), report.differences(), report::format);
  }

  @Test
  void flywayAndLiquibaseHistoryTablesAreNeverDrift() {
    library().load().migrate();
    TestDatabases.execute(database,
        "CREATE TABLE flyway_schema_history (installed_rank int PRIMARY KEY, version text)",
        "CREATE TABLE databasechangelog (id text, author text)",
        "CREATE TABLE databasechangeloglock (id int PRIMARY KEY, locked boolean)");
    DriftReport report = library().load().check();
    assertTrue(report.isClean(), report::format);
  }

  @Test
  void includedObjectsLimitTheCheckOnBothSides() {
    library().load().migrate();
    TestDatabases.execute(database, "DROP TABLE shelf", "CREATE TABLE stray (id int)");
    DriftReport report = library().includeObjects("public.book", "public.author").load().check();
    assertTrue(report.isClean(), report::format);
  }

  @Test
  void filterPatternsMatchQualifiedNamesWithWildcards() {
    DriftFilter filter = new DriftFilter(List.of(), List.of("audit_*", "reporting.*"));
    assertFalse(filter.owns(QualifiedName.of("public", "audit_log")));
    assertFalse(filter.owns(QualifiedName.of("reporting", "daily")));
    assertTrue(filter.owns(QualifiedName.of("public", "book")));
    assertTrue(filter.owns(QualifiedName.of("other", "audit_log")), "no schema means public");
  }

  @Test
  void theReportReadsAsJson() throws Exception {
    library().load().migrate();
    TestDatabases.execute(database, "ALTER TABLE author ADD COLUMN nickname text");
    JsonNode json = new ObjectMapper().readTree(library().load().check().toJson());
    assertFalse(json.get("clean").asBoolean());
    JsonNode first = json.get("differences").get(0);
    assertEquals("column public.author.nickname", first.get("object").asText());
    assertEquals("absent", first.get("expected").asText());
    assertEquals("present", first.get("actual").asText());
    assertTrue(first.get("reconcileSql").asText().contains("DROP COLUMN \"nickname\""));
  }
}
