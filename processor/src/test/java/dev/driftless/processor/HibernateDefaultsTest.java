package dev.driftless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.driftless.processor.store.SnapshotStore;
import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.Index;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.ReferentialAction;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Table;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mappings real projects write, read as Hibernate reads them with its default settings.
 * {@link HibernateFidelityTest} checks each against Hibernate itself; these pin the details and
 * the errors.
 */
class HibernateDefaultsTest {
  @TempDir Path project;

  private static JavaFileObject entity(String name, String... body) {
    String[] lines = new String[body.length + 4];
    lines[0] = "package test.model;";
    lines[1] = "import jakarta.persistence.*;";
    lines[2] = "import org.hibernate.annotations.*;";
    lines[3] = "import org.hibernate.annotations.OnDelete;";
    System.arraycopy(body, 0, lines, 4, body.length);
    return ProcessorHarness.source("test.model." + name, lines);
  }

  private Schema compile(ProcessorHarness harness, JavaFileObject... sources) throws IOException {
    Compilation compilation = harness.compile(sources);
    assertThat(compilation).succeeded();
    return new SnapshotStore().read(harness.snapshot()).orElseThrow();
  }

  private static Table table(Schema schema, String name) {
    return schema.table(QualifiedName.of("public", name)).orElseThrow();
  }

  @Test
  void aPlainGeneratedValueGetsASequenceNamedAfterTheTable() throws IOException {
    Schema schema = compile(new ProcessorHarness(project), entity("ShipmentLeg",
        "@Entity @Table(name = \"shipment_leg\")",
        "public class ShipmentLeg { @Id @GeneratedValue Long id; }"));
    assertEquals(List.of("public.shipment_leg_seq"),
        schema.sequences().stream().map(s -> s.name().toString()).toList());
  }

  /**
   * Generators declared more than once on an element reach javac as their container
   * ({@code @SequenceGenerators}, {@code @TableGenerators}); the one the id names is found there.
   */
  @Test
  void generatorsRepeatedOnOneElementAreFoundInTheirContainer() throws IOException {
    Schema schema = compile(new ProcessorHarness(project), entity("Macro",
        "@Entity",
        "@SequenceGenerator(name = \"draft\", sequenceName = \"macro_draft_seq\")",
        "@SequenceGenerator(name = \"macro\", sequenceName = \"macro_seq\", allocationSize = 5)",
        "public class Macro {",
        "  @Id @GeneratedValue(generator = \"macro\") Long id;",
        "}"), entity("MacroRun",
        "@Entity",
        "public class MacroRun {",
        "  @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = \"runs\")",
        "  @TableGenerator(name = \"other\", table = \"other_gen\")",
        "  @TableGenerator(name = \"runs\", table = \"run_gen\", pkColumnName = \"gen\",",
        "      valueColumnName = \"val\")",
        "  Long id;",
        "}"));
    assertEquals(List.of("public.macro_seq 1 5"), schema.sequences().stream()
        .map(s -> s.name() + " " + s.start() + " " + s.increment()).toList());
    assertEquals(List.of("gen", "val"), table(schema, "run_gen").columns().stream()
        .map(c -> c.name()).toList());
  }

  /** Several {@code @Convert(attributeName)} on one embedded value, as javac shows them. */
  @Test
  void convertersNamedByAttributeOnAnEmbeddedTypeItsColumns() throws IOException {
    JavaFileObject hours = entity("Hours",
        "@Embeddable public class Hours {",
        "  Integer opensAt;",
        "  Integer closesAt;",
        "  Integer breakMinutes;",
        "}");
    JavaFileObject text = entity("AsText",
        "@Converter public class AsText implements AttributeConverter<Integer, String> {",
        "  public String convertToDatabaseColumn(Integer v) { return String.valueOf(v); }",
        "  public Integer convertToEntityAttribute(String v) { return Integer.valueOf(v); }",
        "}");
    JavaFileObject wide = entity("AsLong",
        "@Converter public class AsLong implements AttributeConverter<Integer, Long> {",
        "  public Long convertToDatabaseColumn(Integer v) { return v == null ? null : (long) v; }",
        "  public Integer convertToEntityAttribute(Long v) { return v == null ? null : "
            + "v.intValue(); }",
        "}");
    JavaFileObject rota = entity("Rota",
        "@Entity public class Rota {",
        "  @Id Long id;",
        "  @Embedded",
        "  @Convert(attributeName = \"opensAt\", converter = AsText.class)",
        "  @Convert(attributeName = \"closesAt\", converter = AsLong.class)",
        "  Hours hours;",
        "}");
    Map<String, String> types = new TreeMap<>();
    table(compile(new ProcessorHarness(project), hours, text, wide, rota), "rota").columns()
        .forEach(c -> types.put(c.name(), c.type().toString()));
    assertEquals(Map.of("id", "bigint", "opensat", "character varying(255)", "closesat",
        "bigint", "breakminutes", "integer"), types);
  }

  /**
   * {@code @Convert(attributeName)} on an element collection of embeddables: {@code x}, or
   * {@code value.x} for a map's value, as the specification addresses them; {@code key} is the
   * key's and never converts the value.
   */
  @Test
  void convertersNamedByAttributeOnAnElementCollectionItsColumns() throws IOException {
    JavaFileObject hours = entity("Hours",
        "@Embeddable public class Hours {",
        "  Integer opensAt;",
        "  Integer closesAt;",
        "}");
    JavaFileObject text = entity("AsText",
        "@Converter public class AsText implements AttributeConverter<Integer, String> {",
        "  public String convertToDatabaseColumn(Integer v) { return String.valueOf(v); }",
        "  public Integer convertToEntityAttribute(String v) { return Integer.valueOf(v); }",
        "}");
    JavaFileObject shop = entity("Shop",
        "@Entity public class Shop {",
        "  @Id Long id;",
        "  @ElementCollection @Convert(attributeName = \"opensAt\", converter = AsText.class)",
        "  java.util.Set<Hours> hours;",
        "  @ElementCollection @Convert(attributeName = \"value.closesAt\", converter = AsText.class)",
        "  java.util.Map<String, Hours> byDay;",
        "  @ElementCollection java.util.List<Integer> plain;",
        "}");
    Schema schema = compile(new ProcessorHarness(project), hours, text, shop);
    Map<String, String> types = new TreeMap<>();
    for (String name : List.of("shop_hours", "shop_byday")) {
      table(schema, name).columns().forEach(c -> types.put(name + "." + c.name(),
          c.type().toString()));
    }
    assertEquals("character varying(255)", types.get("shop_hours.opensat"));
    assertEquals("integer", types.get("shop_hours.closesat"));
    assertEquals("integer", types.get("shop_byday.opensat"));
    assertEquals("character varying(255)", types.get("shop_byday.closesat"));
  }

  @Test
  void aPrimitiveWithAnExplicitColumnIsNullableUnlessItSaysOtherwise() throws IOException {
    Table meter = table(compile(new ProcessorHarness(project), entity("Meter",
        "@Entity public class Meter {",
        "  @Id Long id;",
        "  @Column int reading;",
        "  @Column(name = \"max_reading\") long maximum;",
        "  @Column(nullable = false) int required;",
        "  @Basic(optional = false) @Column double factor;",
        "  int plain;",
        "}")), "meter");
    Map<String, Boolean> nullable = new TreeMap<>();
    meter.columns().forEach(c -> nullable.put(c.name(), c.nullable()));
    assertEquals(Map.of("id", false, "reading", true, "max_reading", true, "required", false,
        "factor", false, "plain", false), nullable);
  }

  private static JavaFileObject reminder(String options) {
    return entity("Reminder",
        "@Entity @Table(indexes = @Index(name = \"reminder_open_due\", columnList = \"due\",",
        "    options = \"" + options + "\"))",
        "public class Reminder {",
        "  @Id Long id;",
        "  java.time.LocalDate due;",
        "  boolean done;",
        "}");
  }

  @Test
  void indexOptionsThatSayWhereMakeAPartialIndexWhosePredicateChangeIsARevision()
      throws IOException {
    ProcessorHarness harness = new ProcessorHarness(project);
    Index index = table(compile(harness, reminder("WHERE done = false")), "reminder")
        .indexes().get(0);
    assertEquals("done = false", index.where());
    assertEquals(List.of("due"), index.columns());

    Index changed = table(compile(harness, reminder("where not done")), "reminder")
        .indexes().get(0);
    assertEquals("not done", changed.where());
    assertEquals(2, harness.revisionSources().size(), "the predicate change is a revision");
    String revision = harness.revisionSources().values().stream()
        .filter(r -> r.contains("not done")).findFirst().orElseThrow();
    assertTrue(revision.contains("dropIndex"), revision);
    assertTrue(revision.contains(".where(\"not done\")"), revision);

    Index plain = table(compile(harness, entity("Reminder",
        "@Entity @Table(indexes = @Index(name = \"reminder_open_due\", columnList = \"due\"))",
        "public class Reminder { @Id Long id; java.time.LocalDate due; boolean done; }")),
        "reminder").indexes().get(0);
    assertNull(plain.where());
  }

  @Test
  void indexOptionsOtherThanWhereAreAnErrorNamingWhatIsSupported() {
    JavaFileObject source = reminder("INCLUDE (done)");
    Compilation compilation = new ProcessorHarness(project).compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("options may only be a WHERE clause, which makes "
        + "a partial index").inFile(source).onLineContaining("public class Reminder");
  }

  @Test
  void aUniquePartialIndexIsAnErrorAsHibernateCannotCreateIt() {
    JavaFileObject source = entity("Reminder",
        "@Entity @Table(indexes = @Index(columnList = \"due\", unique = true,",
        "    options = \"WHERE done = false\"))",
        "public class Reminder { @Id Long id; java.time.LocalDate due; boolean done; }");
    Compilation compilation = new ProcessorHarness(project).compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("PostgreSQL refuses a WHERE on a constraint")
        .inFile(source).onLineContaining("public class Reminder");
  }

  @Test
  void onDeleteGivesTheForeignKeyItsAction() throws IOException {
    ProcessorHarness harness = new ProcessorHarness(project);
    Schema schema = compile(harness,
        entity("Folder", "@Entity public class Folder {",
            "  @Id Long id;",
            "  @OneToMany(mappedBy = \"folder\") @OnDelete(action = OnDeleteAction.CASCADE)",
            "  java.util.Set<Attachment> attachments;",
            "}"),
        entity("Attachment", "@Entity public class Attachment {",
            "  @Id Long id;",
            "  @ManyToOne Folder folder;",
            "  @ManyToOne @OnDelete(action = OnDeleteAction.SET_NULL) Folder archive;",
            "  @ManyToOne @OnDelete(action = OnDeleteAction.SET_DEFAULT) @ColumnDefault(\"0\")",
            "  Folder shelf;",
            "  @ManyToOne @OnDelete(action = OnDeleteAction.RESTRICT) Folder origin;",
            "  @ElementCollection @OnDelete(action = OnDeleteAction.CASCADE)",
            "  java.util.Set<String> labels;",
            "}"));
    Map<String, ReferentialAction> actions = new TreeMap<>();
    for (Table table : schema.tables()) {
      for (ForeignKey fk : table.foreignKeys()) {
        actions.put(table.name().name() + "." + fk.columns(), fk.onDelete());
      }
    }
    assertEquals(Map.of("attachment.[folder_id]", ReferentialAction.CASCADE,
        "attachment.[archive_id]", ReferentialAction.SET_NULL,
        "attachment.[shelf_id]", ReferentialAction.SET_DEFAULT,
        "attachment.[origin_id]", ReferentialAction.RESTRICT,
        "attachment_labels.[attachment_id]", ReferentialAction.CASCADE), actions);
    String revision = harness.revisionSources().values().iterator().next();
    assertTrue(revision.contains(".onDelete(ReferentialAction.CASCADE)"), revision);
  }

  @Test
  void onDeleteOnAUnidirectionalOneToManyWithoutAJoinColumnIsAnErrorAsInHibernate() {
    JavaFileObject owner = entity("Folder", "@Entity public class Folder {",
        "  @Id Long id;",
        "  @OneToMany @OnDelete(action = OnDeleteAction.CASCADE) java.util.List<Page> pages;",
        "}");
    JavaFileObject page = entity("Page", "@Entity public class Page { @Id Long id; }");
    Compilation compilation = new ProcessorHarness(project).compile(owner, page);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("Hibernate refuses @OnDelete on the "
        + "unidirectional @OneToMany 'pages'").inFile(owner).onLineContaining("pages;");
  }

  private static JavaFileObject invoice(String number) {
    return entity("Invoice", "@Entity @Table(name = \"invoice\") public class Invoice {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
        "  " + number,
        "  java.math.BigDecimal total;",
        "}");
  }

  private static JavaFileObject invoiceView(String number) {
    return entity("InvoiceView", "@Entity @Table(name = \"invoice\") @Immutable",
        "public class InvoiceView {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
        "  " + number,
        "  @Column(name = \"total\") java.math.BigDecimal amount;",
        "  String status;",
        "}");
  }

  @Test
  void twoEntitiesOfOneTableShareItWithTheColumnsOfBoth() throws IOException {
    ProcessorHarness harness = new ProcessorHarness(project);
    Compilation compilation = harness.compile(invoice("@Column(length = 20) String number;"),
        invoiceView("@Column(length = 20) String number;"));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(0);
    Table invoice = table(new SnapshotStore().read(harness.snapshot()).orElseThrow(), "invoice");
    assertEquals(List.of("id", "number", "total", "status"),
        invoice.columns().stream().map(c -> c.name()).toList());
    assertEquals(List.of("id"), invoice.primaryKey().columns());
  }

  @Test
  void oneColumnMappedWithTwoTypesIsAnErrorNamingBothMappings() {
    JavaFileObject view = invoiceView("Integer number;");
    Compilation compilation = new ProcessorHarness(project).compile(
        invoice("@Column(length = 20) String number;"), view);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("Column number of table public.invoice is mapped "
        + "twice with different types: character varying(20) by Invoice.number, integer by "
        + "InvoiceView.number").inFile(view).onLineContaining("Integer number;");
  }

  @Test
  void twoEntitiesKeyingOneTableDifferentlyAreAnError() {
    JavaFileObject view = entity("InvoiceView", "@Entity @Table(name = \"invoice\")",
        "public class InvoiceView { @Id String number; }");
    Compilation compilation = new ProcessorHarness(project).compile(
        invoice("@Column(length = 255) String number;"), view);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("InvoiceView and Invoice share table "
        + "public.invoice but key it differently: [id] and [number]").inFile(view)
        .onLineContaining("public class InvoiceView");
  }

  @Test
  void aColumnTwoMappingsDeclareDifferentlyIsAWarningAndTheFirstMappingsColumn()
      throws IOException {
    ProcessorHarness harness = new ProcessorHarness(project);
    JavaFileObject view = invoiceView("@Column(length = 20) String number;");
    Compilation compilation = harness.compile(
        invoice("@Column(length = 20, nullable = false) String number;"), view);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("which Driftless takes to be Invoice.number")
        .inFile(view).onLineContaining("String number;");
    assertEquals(false, table(new SnapshotStore().read(harness.snapshot()).orElseThrow(), "invoice")
        .column("number").orElseThrow().nullable());
  }

  @Test
  void anEntityOnTheTableOfAnElementCollectionSharesIt() throws IOException {
    ProcessorHarness harness = new ProcessorHarness(project);
    Schema schema = compile(harness,
        entity("Recipe", "@Entity public class Recipe {",
            "  @Id Long id;",
            "  @ElementCollection @CollectionTable(name = \"recipe_step\") @Column(name = \"step\")",
            "  java.util.Set<String> steps;",
            "}"),
        entity("RecipeStep", "@Entity @Table(name = \"recipe_step\") public class RecipeStep {",
            "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
            "  @Column(name = \"recipe_id\", nullable = false) Long recipe;",
            "  @Column(name = \"step\") String text;",
            "}"));
    Table steps = table(schema, "recipe_step");
    assertEquals(List.of("id", "recipe_id", "step"),
        steps.columns().stream().map(c -> c.name()).toList());
    assertEquals(List.of("id"), steps.primaryKey().columns(), "the set adds no key to a keyed "
        + "table, in Hibernate");
    assertEquals(List.of(), steps.uniqueConstraints());
    assertEquals(List.of("public.recipe"),
        steps.foreignKeys().stream().map(f -> f.target().toString()).toList());
  }
}
