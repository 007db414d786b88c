package dev.driftless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.driftless.Driftless;
import dev.driftless.catalog.PostgresCatalogReader;
import dev.driftless.engine.VersionTable;
import dev.driftless.schema.Column;
import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.Index;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Sequence;
import dev.driftless.schema.Table;
import dev.driftless.schema.UniqueConstraint;
import dev.driftless.testing.TestDatabases;
import jakarta.persistence.SchemaValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.sql.DataSource;
import javax.tools.JavaFileObject;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fidelity oracle: the same entities, exported by Hibernate ORM into one database and built
 * by our generated revisions in another, must give the same schema, compared through our catalog
 * reader while ignoring only the names Hibernate makes up by hashing (constraints, indexes).
 * And Hibernate's own validation must accept the database our revisions built.
 */
class HibernateFidelityTest {
  private static final List<String> CORPUS =
      List.of("Publisher", "Title", "Person", "Passport", "Address", "Money", "Warehouse", "Tag",
          "Specimen", "Exhibit", "Painting", "Sculpture", "Happening", "Lecture", "Vehicle", "Car",
          "Truck", "Account", "Savings", "Checking", "Loan", "Member", "Phone", "Note", "Memo",
          "LineKey", "OrderLine", "PartKey", "Part", "Shipment", "Profile", "Badge", "Subscriber",
          "Keyed", "Gadget", "Ticket", "Voucher", "User", "Order",
          "CuratorialAssessmentOfProvenanceAndConditionForLongTermStorageRecord", "Serial", "Token",
          "Chapter", "Biography", "Reader", "Club", "Meeting", "Handover", "Consignment", "Isbn",
          "IsbnConverter", "Edition", "Venue", "Drawer", "Desk", "Pen", "Plugin", "ShipmentLeg",
          "Meter", "Print", "Reminder", "Folder", "Attachment", "Van", "Sticker", "Invoice",
          "InvoiceView", "Recipe", "RecipeStep");
  private static final List<String> ENTITIES =
      List.of("Publisher", "Title", "Person", "Passport", "Warehouse", "Tag", "Specimen",
          "Exhibit", "Painting", "Print", "Sculpture", "Happening", "Lecture", "Vehicle", "Car",
          "Truck", "Account", "Savings", "Checking", "Loan", "Member", "Note", "Memo",
          "OrderLine", "Part", "Shipment", "Profile", "Badge", "Subscriber", "Gadget", "Ticket",
          "Voucher", "User", "Order",
          "CuratorialAssessmentOfProvenanceAndConditionForLongTermStorageRecord", "Serial", "Token",
          "Chapter", "Biography", "Reader", "Club", "Meeting", "Consignment", "IsbnConverter",
          "Edition", "Venue", "Desk", "Pen", "Plugin", "ShipmentLeg", "Meter", "Reminder",
          "Folder", "Attachment", "Van", "Sticker", "Invoice", "InvoiceView", "Recipe",
          "RecipeStep");

  @TempDir Path project;
  @TempDir Path classes;

  /** Our naming option, and the Hibernate physical naming strategy it stands for. */
  static Stream<Arguments> namings() {
    return Stream.of(
        Arguments.of("jpa", null),
        Arguments.of("snake_case", "org.hibernate.boot.model.naming."
            + "CamelCaseToUnderscoresNamingStrategy"));
  }

  @ParameterizedTest(name = "naming {0}")
  @MethodSource("namings")
  void ourRevisionsBuildTheSchemaHibernateExportsAndHibernateValidatesIt(String naming,
      String hibernateNaming) throws Exception {
    List<JavaFileObject> sources = new ArrayList<>();
    for (String name : CORPUS) {
      sources.add(JavaFileObjects.forSourceString("oracle." + name, corpus(name)));
    }
    Compilation compilation = new ProcessorHarness(project).packages("oracle")
        .option("-Adriftless.naming=" + naming)
        .compile(sources.toArray(JavaFileObject[]::new));
    assertThat(compilation).succeeded();
    ProcessorHarness.writeClassOutput(compilation, classes);

    DataSource ours = TestDatabases.fresh();
    DataSource theirs = TestDatabases.fresh();
    try (URLClassLoader model = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        getClass().getClassLoader())) {
      Driftless.configure().dataSource(ours).classLoader(model).load().migrate();
      // Building the session factory exports Hibernate's schema into the other database.
      hibernate(model, theirs, "create", hibernateNaming, ENTITIES).close();
      Schema exported = read(theirs);
      Schema built = read(ours);
      // Not a vacuous comparison: Hibernate exported the whole corpus.
      System.out.println("Hibernate exported: " + exported.tables().stream()
          .map(t -> t.name().name() + "/" + t.columns().size()).toList());
      assertEquals(73, exported.tables().size(), "tables Hibernate exported");
      assertEquals(266, exported.tables().stream().mapToInt(t -> t.columns().size()).sum());
      assertEquals(2, exported.table(dev.driftless.schema.QualifiedName.of("public", "title"))
          .orElseThrow().checkConstraints().size(), "Hibernate's enum checks");
      assertEquals(6, exported.sequences().size());
      assertEquals(1, exported.enums().size(), "Hibernate's named enum type");
      System.out.println("Fidelity oracle (" + naming + "): " + census(exported));
      List<String> mismatches = compare(exported, built);
      assertEquals(List.of(), mismatches, () -> "Hibernate's schema vs ours:\n"
          + String.join("\n", mismatches));
      // Hibernate's validator looks names up uncut, so it rejects even its own export of a name
      // over 63 bytes; that class is compared above and left out here.
      List<String> validated = ENTITIES.stream().filter(n -> n.length() < 60).toList();
      try (SessionFactory validator = hibernate(model, ours, "none", hibernateNaming,
          validated)) {
        try {
          validator.getSchemaManager().validate();
        } catch (SchemaValidationException e) {
          throw new AssertionError("Hibernate rejects our schema: " + e.getMessage(), e);
        }
      }
    }
  }

  /** How many objects of each kind a schema has: what the comparison covered. */
  static String census(Schema schema) {
    List<Table> tables = schema.tables();
    return tables.size() + " tables, "
        + tables.stream().mapToInt(t -> t.columns().size()).sum() + " columns, "
        + tables.stream().filter(t -> t.primaryKey() != null).count() + " primary keys, "
        + tables.stream().mapToInt(t -> t.foreignKeys().size()).sum() + " foreign keys, "
        + tables.stream().mapToInt(t -> t.uniqueConstraints().size()).sum() + " unique, "
        + tables.stream().mapToInt(t -> t.indexes().size()).sum() + " indexes, "
        + tables.stream().mapToInt(t -> t.checkConstraints().size()).sum() + " checks, "
        + (tables.stream().filter(t -> t.comment() != null).count() + tables.stream()
            .flatMap(t -> t.columns().stream()).filter(c -> c.comment() != null).count())
        + " comments, " + schema.sequences().size() + " sequences, "
        + schema.enums().size() + " enum types";
  }

  /** Every difference between Hibernate's export and ours, names of constraints aside. */
  static List<String> compare(Schema hibernate, Schema ours) {
    List<String> mismatches = new ArrayList<>();
    Set<String> tables = new TreeSet<>();
    hibernate.tables().forEach(t -> tables.add(t.name().toString()));
    ours.tables().forEach(t -> tables.add(t.name().toString()));
    for (String name : tables) {
      Table theirs = find(hibernate, name);
      Table mine = find(ours, name);
      if (theirs == null || mine == null) {
        mismatches.add("table " + name + ": " + (theirs == null ? "only ours" : "only Hibernate's"));
        continue;
      }
      Set<String> columns = new TreeSet<>();
      theirs.columns().forEach(c -> columns.add(c.name()));
      mine.columns().forEach(c -> columns.add(c.name()));
      for (String column : columns) {
        String a = theirs.column(column).map(HibernateFidelityTest::describe).orElse("absent");
        String b = mine.column(column).map(HibernateFidelityTest::describe).orElse("absent");
        if (!a.equals(b)) {
          mismatches.add("column " + name + "." + column + ": Hibernate " + a + ", ours " + b);
        }
      }
      same(mismatches, name, "comment", Set.of(String.valueOf(theirs.comment())),
          Set.of(String.valueOf(mine.comment())));
      same(mismatches, name, "primary key",
          theirs.primaryKey() == null ? Set.of() : Set.of(theirs.primaryKey().columns().toString()),
          mine.primaryKey() == null ? Set.of() : Set.of(mine.primaryKey().columns().toString()));
      same(mismatches, name, "foreign keys", foreignKeys(theirs), foreignKeys(mine));
      same(mismatches, name, "unique constraints", uniques(theirs), uniques(mine));
      same(mismatches, name, "indexes", indexes(theirs), indexes(mine));
      same(mismatches, name, "checks", checks(theirs), checks(mine));
    }
    same(mismatches, "schema", "sequences", sequences(hibernate), sequences(ours));
    same(mismatches, "schema", "enum types", Set.copyOf(hibernate.enums().stream()
        .map(Object::toString).toList()), Set.copyOf(ours.enums().stream()
        .map(Object::toString).toList()));
    return mismatches;
  }

  private static void same(List<String> mismatches, String table, String what, Set<String> a,
      Set<String> b) {
    if (!a.equals(b)) {
      mismatches.add(what + " of " + table + ": Hibernate " + a + ", ours " + b);
    }
  }

  private static String describe(Column column) {
    return column.type() + (column.nullable() ? " null" : " not null")
        + (column.identity() == dev.driftless.schema.Identity.NONE ? "" : " " + column.identity())
        + (column.defaultExpression() == null ? "" : " default " + column.defaultExpression())
        + (column.comment() == null ? "" : " comment '" + column.comment() + "'");
  }

  private static Set<String> foreignKeys(Table table) {
    Set<String> set = new TreeSet<>();
    for (ForeignKey fk : table.foreignKeys()) {
      set.add(fk.columns() + "->" + fk.target() + fk.targetColumns() + " " + fk.onDelete());
    }
    return set;
  }

  private static Set<String> uniques(Table table) {
    Set<String> set = new TreeSet<>();
    for (UniqueConstraint u : table.uniqueConstraints()) {
      set.add(u.columns().toString());
    }
    return set;
  }

  private static Set<String> indexes(Table table) {
    Set<String> set = new TreeSet<>();
    for (Index i : table.indexes()) {
      set.add((i.unique() ? "unique " : "") + i.columns() + " " + i.method()
          + (i.where() == null ? "" : " where " + i.where()));
    }
    return set;
  }

  private static Set<String> checks(Table table) {
    Set<String> set = new TreeSet<>();
    table.checkConstraints().forEach(c -> set.add(c.expression()));
    return set;
  }

  private static Set<String> sequences(Schema schema) {
    Set<String> set = new TreeSet<>();
    for (Sequence s : schema.sequences()) {
      set.add(s.name() + " start " + s.start() + " increment " + s.increment());
    }
    return set;
  }

  private static Table find(Schema schema, String qualified) {
    return schema.tables().stream().filter(t -> t.name().toString().equals(qualified))
        .findFirst().orElse(null);
  }

  private static Schema read(DataSource database) throws Exception {
    try (Connection connection = database.getConnection()) {
      return new PostgresCatalogReader().read(connection, List.of("public"),
          Set.of(VersionTable.DEFAULT_NAME));
    }
  }

  private static SessionFactory hibernate(ClassLoader model, DataSource database, String ddl,
      String physicalNaming, List<String> entities) throws ClassNotFoundException {
    StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder(
        new BootstrapServiceRegistryBuilder().applyClassLoader(model).build())
        .applySetting("hibernate.connection.datasource", database)
        .applySetting("hibernate.hbm2ddl.auto", ddl);
    if (physicalNaming != null) {
      builder.applySetting("hibernate.physical_naming_strategy", physicalNaming);
    }
    StandardServiceRegistry registry = builder.build();
    MetadataSources sources = new MetadataSources(registry);
    for (String name : entities) {
      sources.addAnnotatedClass(Class.forName("oracle." + name, true, model));
    }
    return sources.buildMetadata().buildSessionFactory();
  }

  private static String corpus(String name) throws IOException {
    try (InputStream in = HibernateFidelityTest.class
        .getResourceAsStream("/fidelity/oracle/" + name + ".java")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
