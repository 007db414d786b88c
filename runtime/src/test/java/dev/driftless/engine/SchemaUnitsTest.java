package dev.driftless.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.Driftless;
import dev.driftless.DriftReport;
import dev.driftless.annotations.Revision;
import dev.driftless.diff.SchemaDiffer;
import dev.driftless.ops.Ops;
import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Sequence;
import dev.driftless.schema.Table;
import dev.driftless.testing.LibraryRevisions;
import dev.driftless.testing.RevisionClassPath;
import dev.driftless.testing.SampleSchemas;
import dev.driftless.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several schema units on one class path: each its own revisions, snapshot and history. */
class SchemaUnitsTest {
  @TempDir Path library;
  @TempDir Path billing;
  @TempDir Path otherBilling;

  /** Invoices: the billing unit's model. */
  static Schema invoices() {
    return new Schema(List.of(Table.builder("public", "invoice")
        .column(Column.of("id", ColumnType.bigint()).notNull())
        .column(Column.of("total", ColumnType.numeric(12, 2)).notNull())
        .primaryKey("invoice_pkey", "id")
        .build()), List.of(Sequence.of("public", "invoice_seq", 1, 50)));
  }

  @Revision(id = "b1", message = "create invoice")
  public static final class CreateInvoice implements Migration {
    @Override
    public void upgrade(Ops op) {
      new SchemaDiffer().diff(Schema.empty(), invoices()).forEach(op::add);
    }

    @Override
    public void downgrade(Ops op) {
      new SchemaDiffer().diff(invoices(), Schema.empty()).forEach(op::add);
    }
  }

  /** The library as the "library" unit in one directory, billing in another. */
  private ClassLoader twoUnits() {
    RevisionClassPath.unit(library, "library", SampleSchemas.libraryLater(),
        LibraryRevisions.V1.class, LibraryRevisions.V2.class);
    RevisionClassPath.unit(billing, "billing", invoices(), CreateInvoice.class);
    return RevisionClassPath.loader(library, billing);
  }

  @Test
  void theUnitsOfAClassPathAreListedAndEachLoadsItsOwnRevisionsAndSnapshot() {
    ClassLoader loader = twoUnits();
    assertEquals(List.of("billing", "library"), Driftless.units(loader));

    Driftless billingUnit = Driftless.configure().classLoader(loader).unit("billing").load();
    assertEquals("billing", billingUnit.unit());
    assertEquals(List.of("b1"),
        billingUnit.revisions().stream().map(r -> r.id()).toList());
    assertEquals(invoices(), billingUnit.snapshot());
    Driftless libraryUnit = Driftless.configure().classLoader(loader).unit("library").load();
    assertEquals(List.of("v1", "v2"),
        libraryUnit.revisions().stream().map(r -> r.id()).toList());
  }

  @Test
  void anUnknownUnitIsAnErrorListingTheUnitsThereAre() {
    ClassLoader loader = twoUnits();
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> Driftless.configure().classLoader(loader).unit("billling").load());
    assertTrue(error.getMessage().contains("No schema unit 'billling' on the class path; the "
        + "units found are: billing, library"), error.getMessage());
  }

  @Test
  void withOnlyNamedUnitsNotChoosingOneSaysHowTo() {
    ClassLoader loader = twoUnits();
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> Driftless.configure().classLoader(loader).load());
    assertTrue(error.getMessage().contains("only named schema units (billing, library)"),
        error.getMessage());
    assertTrue(error.getMessage().contains("unit(\"billing\")"), error.getMessage());
  }

  @Test
  void aUnitNameThatCannotBeOneIsRefusedAtOnce() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> Driftless.configure().unit("Billing-EU"));
    assertTrue(error.getMessage().contains("lowercase letters, digits and underscores"),
        error.getMessage());
  }

  @Test
  void twoClassPathEntriesClaimingOneUnitDifferentlyAreAnErrorNamingBoth() {
    RevisionClassPath.unit(billing, "billing", invoices(), CreateInvoice.class);
    RevisionClassPath.unit(otherBilling, "billing", SampleSchemas.library(),
        LibraryRevisions.V1.class);
    ClassLoader loader = RevisionClassPath.loader(billing, otherBilling);

    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> Driftless.configure().classLoader(loader).unit("billing").load());
    assertTrue(error.getMessage().contains("Two class-path entries claim schema unit 'billing'"),
        error.getMessage());
    assertTrue(error.getMessage().contains(billing.toString()), error.getMessage());
    assertTrue(error.getMessage().contains(otherBilling.toString()), error.getMessage());
    assertTrue(error.getMessage().contains("-Adriftless.unit=<name>"), error.getMessage());
  }

  @Test
  void theSameUnitSeenTwiceWithTheSameContentIsOneUnit() {
    RevisionClassPath.unit(billing, "billing", invoices(), CreateInvoice.class);
    RevisionClassPath.unit(otherBilling, "billing", invoices(), CreateInvoice.class);
    Driftless unit = Driftless.configure()
        .classLoader(RevisionClassPath.loader(billing, otherBilling)).unit("billing").load();
    assertEquals(1, unit.revisions().size());
  }

  @Test
  void twoUnnamedUnitsThatDifferAreTheSameErrorAsTwoNamedOnes() {
    RevisionClassPath.of(library, SampleSchemas.library(), LibraryRevisions.V1.class);
    RevisionClassPath.of(billing, invoices(), CreateInvoice.class);
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> Driftless.configure().classLoader(RevisionClassPath.loader(library, billing))
            .load());
    assertTrue(error.getMessage().contains("claim the unnamed schema unit"), error.getMessage());
  }

  @Test
  void twoUnitsShareADatabaseEachWithItsOwnHistoryAndNeitherReportsTheOthersTables() {
    DataSource database = TestDatabases.fresh();
    ClassLoader loader = twoUnits();
    Driftless libraryUnit =
        Driftless.configure().dataSource(database).classLoader(loader).unit("library").load();
    Driftless billingUnit =
        Driftless.configure().dataSource(database).classLoader(loader).unit("billing").load();

    assertEquals(2, libraryUnit.migrate().applied().size());
    assertEquals(1, billingUnit.migrate().applied().size());

    assertEquals(List.of("b1"), TestDatabases.query(database,
        "SELECT revision_id FROM public.driftless_history_billing"));
    assertEquals(List.of("v1", "v2"), TestDatabases.query(database,
        "SELECT revision_id FROM public.driftless_history_library ORDER BY revision_id"));
    assertTrue(libraryUnit.check().isClean(), libraryUnit.check().format());
    assertTrue(billingUnit.check().isClean(), billingUnit.check().format());
  }

  @Test
  void driftInANamedUnitNamesTheUnit() {
    DataSource database = TestDatabases.fresh();
    Driftless billingUnit = Driftless.configure().dataSource(database).classLoader(twoUnits())
        .unit("billing").load();
    billingUnit.migrate();
    TestDatabases.execute(database, "ALTER TABLE invoice ADD COLUMN note text");

    dev.driftless.DriftException drift =
        assertThrows(dev.driftless.DriftException.class, billingUnit::verify);
    assertEquals("billing", drift.unit());
    assertTrue(drift.getMessage().startsWith("Schema unit 'billing': "), drift.getMessage());
    assertTrue(drift.getMessage().contains("note"), drift.getMessage());
  }

  @Test
  void aUnitAloneOnTheClassPathReportsAnotherUnitsTablesAsDrift() {
    // The counterpart of the test above: ownership comes from the other unit's snapshot.
    DataSource database = TestDatabases.fresh();
    Driftless.configure().dataSource(database).classLoader(twoUnits()).unit("billing").load()
        .migrate();
    RevisionClassPath.unit(otherBilling, "library", SampleSchemas.libraryLater(),
        LibraryRevisions.V1.class, LibraryRevisions.V2.class);
    Driftless libraryAlone = Driftless.configure().dataSource(database)
        .classLoader(RevisionClassPath.loader(otherBilling)).unit("library").load();
    libraryAlone.migrate();

    DriftReport report = libraryAlone.check();
    assertFalse(report.isClean());
    assertTrue(report.format().contains("invoice"), report.format());
    assertTrue(libraryAlone.check().format().contains("driftless_history_billing"),
        report.format());
  }
}
