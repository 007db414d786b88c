package dev.driftless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A mapping Driftless cannot reproduce exactly is an error on the field that names the fix, and
 * nothing is written.
 */
class MappingErrorsTest {
  @TempDir Path project;

  static Stream<Arguments> mappings() {
    return Stream.of(
        Arguments.of("@Column(columnDefinition = \"integer check (qty > 0)\") Integer qty;",
            "'check' in columnDefinition is not supported by Driftless"),
        Arguments.of("@Column(columnDefinition = \"\") Character[] letters;",
            "use char[] instead"),
        Arguments.of("@org.hibernate.annotations.JdbcTypeCode(2003) Integer code;",
            "@JdbcTypeCode(2003) is not supported by Driftless"),
        Arguments.of("@Column(options = \"collate \\\"C\\\"\") String name;",
            "options may only say UNIQUE or [NOT] NULL"),
        Arguments.of("@Convert String plain;",
            "@Convert needs converter = YourConverter.class"),
        Arguments.of("@org.hibernate.annotations.Formula(\"1\") Integer computed;",
            "@Formula is not supported by Driftless yet; such an attribute has no column"),
        Arguments.of("@MapKeyClass(Integer.class) @ElementCollection "
            + "java.util.Map<String, String> byName;",
            "@MapKeyClass(java.lang.Integer) differs from the map's key type java.lang.String"),
        Arguments.of("@Convert(attributeName = \"key\", converter = AttributeConverter.class) "
            + "@ManyToMany java.util.Map<String, Thing> related;",
            "@Convert(attributeName = \"key\") is not supported by Driftless yet"),
        Arguments.of("@ElementCollection @MapKeyJoinColumn(name = \"k\") "
            + "java.util.Map<String, String> labels;",
            "@MapKeyJoinColumn is for a map keyed by an entity; 'labels' is keyed by"),
        Arguments.of("@ManyToMany @MapKeyJoinColumn(referencedColumnName = \"code\") "
            + "java.util.Map<Thing, Thing> pairs;",
            "@MapKeyJoinColumn(referencedColumnName) is not supported by Driftless yet"),
        Arguments.of("@ManyToMany @MapKeyJoinColumns({@MapKeyJoinColumn(name = \"a\"), "
            + "@MapKeyJoinColumn(name = \"b\")}) java.util.Map<Thing, Thing> couples;",
            "@MapKeyJoinColumns is not supported by Driftless yet"),
        Arguments.of("@Column(table = \"thing_detail\") String detail;",
            "'thing_detail' is neither the table of"));
  }

  /**
   * Whatever goes wrong unforeseen while reading an entity is an error on it, never an uncaught
   * exception in javac. Here the unforeseen is a @MapsId on a primitive, which the id reader
   * takes for a reference and fails on (a ClassCastException) when another entity refers to it.
   */
  @org.junit.jupiter.api.Test
  void anUnforeseenFailureIsAnErrorOnTheEntityNotACrash() {
    ProcessorHarness harness = new ProcessorHarness(project);
    JavaFileObject odd = ProcessorHarness.source("test.model.Odd",
        "package test.model;",
        "import jakarta.persistence.*;",
        "@Entity public class Odd { @Id Long id; @MapsId long parent; }");
    JavaFileObject holder = ProcessorHarness.source("test.model.Holder",
        "package test.model;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class Holder {",
        "  @Id Long id;",
        "  @ManyToOne Odd odd;",
        "}");
    Compilation compilation = harness.compile(odd, holder);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("Driftless could not read the mapping of Holder")
        .inFile(holder).onLineContaining("public class Holder");
    assertThat(compilation).hadErrorContaining("please report it");
    assertEquals(Map.of(), harness.projectFiles(), "an error must not write anything");
  }

  /**
   * An annotation Driftless does not map is an error on the element that carries it, naming it
   * and what to do: on the entity, on an attribute of an embeddable it holds, and a queries-only
   * annotation beside them is no error.
   */
  @org.junit.jupiter.api.Test
  void anUnsupportedAnnotationIsAnErrorOnTheElementThatCarriesIt() {
    ProcessorHarness harness = new ProcessorHarness(project);
    JavaFileObject period = ProcessorHarness.source("test.model.Period",
        "package test.model;",
        "import jakarta.persistence.*;",
        "@Embeddable",
        "public class Period {",
        "  @org.hibernate.annotations.Collate(\"C\") String label;",
        "}");
    JavaFileObject lease = ProcessorHarness.source("test.model.Lease",
        "package test.model;",
        "import jakarta.persistence.*;",
        "@Entity @org.hibernate.annotations.SoftDelete",
        "@NamedQuery(name = \"Lease.all\", query = \"from Lease\") @Cacheable",
        "public class Lease {",
        "  @Id Long id;",
        "  Period period;",
        "}");
    Compilation compilation = harness.compile(period, lease);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("@SoftDelete is not supported by Driftless "
        + "yet; map the deleted flag as an ordinary column").inFile(lease)
        .onLineContaining("public class Lease");
    assertThat(compilation).hadErrorContaining("@Collate is not supported by Driftless yet")
        .inFile(period).onLineContaining("String label;");
    assertEquals(2, compilation.errors().size(), compilation.errors().toString());
    assertEquals(Map.of(), harness.projectFiles(), "an error must not write anything");
  }

  @org.junit.jupiter.api.Test
  void aGetterWhoseSetterIsInheritedIsAnAttributeAndOneWithNoSetterIsAnError() {
    JavaFileObject base = ProcessorHarness.source("test.model.Named",
        "package test.model;",
        "@jakarta.persistence.MappedSuperclass",
        "public abstract class Named {",
        "  protected String name;",
        "  public void setName(String name) { this.name = name; }",
        "}");
    JavaFileObject region = ProcessorHarness.source("test.model.Region",
        "package test.model;",
        "import jakarta.persistence.*;",
        "@Entity @Access(AccessType.PROPERTY)",
        "public class Region extends Named {",
        "  private Long id;",
        "  @Id public Long getId() { return id; }",
        "  public void setId(Long id) { this.id = id; }",
        "  public String getName() { return name; }",
        "}");
    ProcessorHarness accepted = new ProcessorHarness(project);
    assertThat(accepted.compile(base, region)).succeeded();
    org.junit.jupiter.api.Assertions.assertTrue(accepted.projectFiles().values().stream()
        .anyMatch(text -> text.contains("\"name\"")), "the inherited setter's attribute");

    JavaFileObject readOnly = ProcessorHarness.source("test.model.Region",
        "package test.model;",
        "import jakarta.persistence.*;",
        "@Entity @Access(AccessType.PROPERTY)",
        "public class Region {",
        "  private Long id;",
        "  @Id public Long getId() { return id; }",
        "  public void setId(Long id) { this.id = id; }",
        "  public String getName() { return \"fixed\"; }",
        "}");
    ProcessorHarness refused = new ProcessorHarness(project.resolve("refused"));
    Compilation compilation = refused.compile(readOnly);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("has a getter but no setter").inFile(readOnly)
        .onLineContaining("getName()");
  }

  @org.junit.jupiter.api.Test
  void singleTableSiblingsShareAColumnTheyDeclareAlikeAndConflictOnOneTheyDeclareDifferently() {
    JavaFileObject root = ProcessorHarness.source("test.model.Staff",
        "package test.model;",
        "import jakarta.persistence.*;",
        "@Entity public abstract class Staff { @Id Long id; }");
    JavaFileObject technician = ProcessorHarness.source("test.model.Technician",
        "package test.model;",
        "import jakarta.persistence.*;",
        "@Entity public class Technician extends Staff {",
        "  @Column(name = \"SALARY\", precision = 10, scale = 2) java.math.BigDecimal salary;",
        "}");
    JavaFileObject alike = ProcessorHarness.source("test.model.Dispatcher",
        "package test.model;",
        "import jakarta.persistence.*;",
        "@Entity public class Dispatcher extends Staff {",
        "  @Column(name = \"SALARY\", precision = 10, scale = 2) java.math.BigDecimal pay;",
        "}");
    ProcessorHarness shared = new ProcessorHarness(project);
    assertThat(shared.compile(root, technician, alike)).succeeded();
    org.junit.jupiter.api.Assertions.assertTrue(shared.projectFiles().values().stream()
        .anyMatch(text -> text.contains("\"salary\"")), "one shared column");

    JavaFileObject different = ProcessorHarness.source("test.model.Dispatcher",
        "package test.model;",
        "import jakarta.persistence.*;",
        "@Entity public class Dispatcher extends Staff {",
        "  @Column(name = \"SALARY\") Integer pay;",
        "}");
    Compilation compilation =
        new ProcessorHarness(project.resolve("conflict")).compile(root, technician, different);
    assertThat(compilation).failed();
    // Subclasses are read by qualified name: Dispatcher first, so the error is on Technician's.
    assertThat(compilation).hadErrorContaining("Column salary of the single table of this "
        + "hierarchy is mapped by Dispatcher.pay and here, differently").inFile(technician)
        .onLineContaining("salary;");
  }

  @org.junit.jupiter.api.Test
  void identityIdsInATablePerClassHierarchyAreAnError() {
    ProcessorHarness harness = new ProcessorHarness(project);
    JavaFileObject root = ProcessorHarness.source("test.model.Account",
        "package test.model;",
        "import jakarta.persistence.*;",
        "@Entity @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)",
        "public abstract class Account {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
        "}");
    JavaFileObject leaf = ProcessorHarness.source("test.model.Savings",
        "package test.model;",
        "@jakarta.persistence.Entity public class Savings extends Account { double rate; }");
    Compilation compilation = harness.compile(root, leaf);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("TABLE_PER_CLASS inheritance cannot use IDENTITY")
        .inFile(root).onLineContaining("Long id;");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mappings")
  void isAnErrorOnTheFieldAndWritesNothing(String field, String message) {
    ProcessorHarness harness = new ProcessorHarness(project);
    JavaFileObject entity = ProcessorHarness.source("test.model.Thing",
        "package test.model;",
        "import jakarta.persistence.*;",
        "@Entity public class Thing {",
        "  @Id Long id;",
        "  " + field,
        "}");
    Compilation compilation = harness.compile(entity);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(message).inFile(entity)
        .onLineContaining(field.substring(field.lastIndexOf(' ') + 1));
    assertEquals(Map.of(), harness.projectFiles(), "an error must not write anything");
  }

  @org.junit.jupiter.api.Test
  void twoEntitiesWhoseTableNamesPostgresCutsToTheSameAreAnError() {
    ProcessorHarness harness = new ProcessorHarness(project);
    String prefix = "InventoryAdjustmentRecordForTheWarehouseManagementSubsystemVersion";
    JavaFileObject first = ProcessorHarness.source("test.model." + prefix + "One",
        "package test.model;",
        "@jakarta.persistence.Entity public class " + prefix + "One { @jakarta.persistence.Id Long id; }");
    JavaFileObject second = ProcessorHarness.source("test.model." + prefix + "Two",
        "package test.model;",
        "@jakarta.persistence.Entity public class " + prefix + "Two { @jakarta.persistence.Id Long id; }");
    Compilation compilation = harness.compile(first, second);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("both map to table public."
        + prefix.toLowerCase(java.util.Locale.ROOT).substring(0, 63));
    assertEquals(Map.of(), harness.projectFiles(), "an error must not write anything");
  }

  @org.junit.jupiter.api.Test
  void twoFieldsWhoseColumnNamesPostgresCutsToTheSameSayItIsTheCutWithBothFullNames() {
    String prefix = "preferredDeliveryWindowForTheWarehouseManagementSubsystemVersion";
    String one = prefix + "One";
    String two = prefix + "Two";
    String cut = prefix.toLowerCase(java.util.Locale.ROOT).substring(0, 63);
    JavaFileObject entity = ProcessorHarness.source("test.model.Parcel",
        "package test.model;",
        "@jakarta.persistence.Entity public class Parcel {",
        "  @jakarta.persistence.Id Long id;",
        "  String " + one + ";",
        "  String " + two + ";",
        "}");
    ProcessorHarness harness = new ProcessorHarness(project);

    Compilation compilation = harness.compile(entity);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("Fields '" + one + "' and '" + two + "' of Parcel "
        + "map to column names that collide only after PostgreSQL cuts identifiers to 63 bytes: "
        + one.toLowerCase(java.util.Locale.ROOT) + " and " + two.toLowerCase(java.util.Locale.ROOT)
        + " both become " + cut + ". Give one of them a shorter @Column(name = ...)")
        .inFile(entity).onLineContaining(two + ";");
    assertEquals(Map.of(), harness.projectFiles(), "an error must not write anything");
  }

  @org.junit.jupiter.api.Test
  void aConvertedBooleanWarnsThatHibernatesRuntimeCheckIsNotReproduced() {
    JavaFileObject entity = ProcessorHarness.source("test.model.Flag",
        "package test.model;",
        "import jakarta.persistence.*;",
        "@Entity public class Flag {",
        "  @Id Long id;",
        "  @Convert(converter = Flag.YesNo.class) Boolean set;",
        "  @Converter public static class YesNo implements AttributeConverter<Boolean, String> {",
        "    public String convertToDatabaseColumn(Boolean b) { return b ? \"Y\" : \"N\"; }",
        "    public Boolean convertToEntityAttribute(String s) { return \"Y\".equals(s); }",
        "  }",
        "}");
    Compilation compilation = new ProcessorHarness(project).compile(entity);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("Driftless does not run your code")
        .inFile(entity).onLineContaining("Boolean set;");
  }

  /** What Driftless does not mirror of a secondary table is an error, never a column left behind. */
  @org.junit.jupiter.api.Test
  void secondaryTableMappingsNotYetMirroredAreErrors() {
    ProcessorHarness harness = new ProcessorHarness(project);
    JavaFileObject span = ProcessorHarness.source("test.model.Span",
        "package test.model;",
        "import jakarta.persistence.*;",
        "@Embeddable public class Span { Integer low; Integer high; }");
    JavaFileObject overridden = ProcessorHarness.source("test.model.Gauge",
        "package test.model;",
        "import jakarta.persistence.*;",
        "@Entity @SecondaryTable(name = \"gauge_range\")",
        "public class Gauge {",
        "  @Id Long id;",
        "  @AttributeOverride(name = \"low\", column = @Column(table = \"gauge_range\"))",
        "  Span range;",
        "}");
    JavaFileObject indexed = ProcessorHarness.source("test.model.Dial",
        "package test.model;",
        "import jakarta.persistence.*;",
        "@Entity @SecondaryTable(name = \"dial_extra\", indexes = @Index(columnList = \"face\"))",
        "public class Dial {",
        "  @Id Long id;",
        "  @Column(table = \"dial_extra\") String face;",
        "}");
    Compilation compilation = harness.compile(span, overridden, indexed);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("@AttributeOverride(column = @Column(table = "
        + "...)) is not supported by Driftless yet").inFile(overridden)
        .onLineContaining("Span range;");
    assertThat(compilation).hadErrorContaining("@SecondaryTable(indexes = ...) is not supported")
        .inFile(indexed).onLineContaining("public class Dial");
    assertEquals(Map.of(), harness.projectFiles(), "an error must not write anything");
  }
}
