package dev.driftless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.driftless.DriftReport;
import dev.driftless.Driftless;
import dev.driftless.internal.drift.DriftCheck;
import dev.driftless.internal.engine.VersionTable;
import dev.driftless.schema.Schema;
import dev.driftless.snapshot.SnapshotCodec;
import dev.driftless.sql.PostgresDialect;
import dev.driftless.testing.TestDatabases;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One model change per case, through the processor, then on PostgreSQL: upgrade, downgrade,
 * upgrade, with the database matching the snapshot after each step and, where the change
 * promises it, the data still there.
 */
class ScenarioTest {
  @TempDir Path project;
  @TempDir Path classes;

  private static final String BASE = """
      @Entity public class Shop {
        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
        @Column(nullable = false, length = 100) String name;
        String city;
        int rating;
        @Enumerated(EnumType.STRING) Kind kind;
        enum Kind { SHOP, KIOSK }
      }""";

  /** The base model with {@code kind} stored in a native PostgreSQL enum type. */
  private static final String NAMED = BASE.replace("@Enumerated(EnumType.STRING) Kind kind;",
      "@Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.NAMED_ENUM) Kind kind;");

  static Stream<Arguments> scenarios() {
    return Stream.concat(sameBase(), Stream.of(
        Arguments.of("store an enum in a native type", BASE, NAMED, "SELECT kind FROM shop"),
        Arguments.of("add a native enum value", NAMED,
            NAMED.replace("SHOP, KIOSK", "SHOP, KIOSK, MARKET"), "SELECT kind FROM shop"),
        Arguments.of("remove a native enum value",
            NAMED.replace("SHOP, KIOSK", "SHOP, KIOSK, MARKET"), NAMED, "SELECT kind FROM shop"),
        Arguments.of("drop the native enum type with its column",
            NAMED.replace("@Entity", "@ConfirmDrop(columns = \"kind\") @Entity"),
            NAMED.replace("@Entity", "@ConfirmDrop(columns = \"kind\") @Entity")
                .replace("@Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.NAMED_ENUM) Kind kind;",
                    ""), "SELECT name FROM shop")));
  }

  private static Stream<Arguments> sameBase() {
    return Stream.of(
        Arguments.of("add a column", BASE.replace("int rating;", "int rating; String phone;"),
            "SELECT name FROM shop"),
        Arguments.of("drop a column (confirmed)", BASE.replace("String city;", "")
            .replace("@Entity", "@ConfirmDrop(columns = \"city\") @Entity"), null),
        Arguments.of("widen a column", BASE.replace("length = 100", "length = 200"),
            "SELECT name FROM shop"),
        Arguments.of("a column typed in capitals by columnDefinition", BASE.replace(
            "String city;", "@Column(columnDefinition = \"TEXT\") String city;"),
            "SELECT city FROM shop"),
        Arguments.of("make a column optional", BASE.replace("nullable = false, ", ""),
            "SELECT name FROM shop"),
        Arguments.of("rename a column", BASE.replace("String city;",
            "@RenamedFrom(\"city\") String town;"), "SELECT town FROM shop"),
        Arguments.of("rename a column with a check", BASE.replace(
            "@Enumerated(EnumType.STRING) Kind kind;",
            "@RenamedFrom(\"kind\") @Enumerated(EnumType.STRING) Kind sort;"),
            "SELECT sort FROM shop WHERE sort = 'SHOP'"),
        Arguments.of("add a unique constraint", BASE.replace("String city;",
            "@Column(unique = true) String city;"), "SELECT city FROM shop"),
        Arguments.of("add an index", BASE.replace("@Entity public class Shop",
            "@Entity @Table(indexes = @Index(columnList = \"city\")) public class Shop"),
            "SELECT city FROM shop"),
        Arguments.of("add a partial index", BASE.replace("@Entity public class Shop",
            "@Entity @Table(indexes = @Index(columnList = \"city\", options = \"WHERE rating > 3\"))"
                + " public class Shop"), "SELECT city FROM shop"),
        Arguments.of("add a table whose foreign key cascades deletes", BASE + """

            @Entity class Visit {
              @Id Long id;
              @ManyToOne(optional = false)
              @org.hibernate.annotations.OnDelete(
                  action = org.hibernate.annotations.OnDeleteAction.CASCADE)
              Shop shop;
            }""", "SELECT name FROM shop"),
        Arguments.of("add a table with a foreign key", BASE + """

            @Entity class Clerk {
              @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
              @ManyToOne(optional = false) Shop shop;
            }""", "SELECT name FROM shop"),
        Arguments.of("add a table in a schema of its own", BASE + """

            @Entity @Table(schema = "archive") class Closed {
              @Id Long id;
              java.time.LocalDate closedOn;
            }""", "SELECT name FROM shop"),
        Arguments.of("add a converted column with a default PostgreSQL rewrites", BASE.replace(
            "int rating;", "int rating;\n"
                + "  @Convert(converter = Shop.Upper.class) @ColumnDefault(\"'NONE'\") String code;\n"
                + "  @Converter static class Upper implements AttributeConverter<String, String> {\n"
                + "    public String convertToDatabaseColumn(String s) { return s; }\n"
                + "    public String convertToEntityAttribute(String s) { return s; }\n"
                + "  }"), "SELECT code FROM shop WHERE code = 'NONE'"),
        Arguments.of("comment a table and a column, add checks", BASE
            .replace("@Entity public class Shop", "@Comment(\"Shops we supply\") "
                + "@Check(constraints = \"rating <= 5\") @Entity public class Shop")
            .replace("String city;", "@Comment(\"Where it is\") String city;"),
            "SELECT name FROM shop"),
        Arguments.of("identity to a sequence", BASE.replace("GenerationType.IDENTITY",
            "GenerationType.SEQUENCE"), "SELECT id FROM shop"),
        Arguments.of("add an enum constant", BASE.replace("SHOP, KIOSK", "SHOP, KIOSK, MARKET"),
            "SELECT name FROM shop"),
        Arguments.of("rename the table", BASE.replace("@Entity public class Shop",
            "@RenamedFrom(\"shop\") @Entity public class Store"), "SELECT name FROM store"))
        .map(a -> Arguments.of(a.get()[0], BASE, a.get()[1], a.get()[2]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void upgradeDowngradeUpgrade(String change, String base, String after, String dataQuery)
      throws Exception {
    ProcessorHarness harness = new ProcessorHarness(project);
    assertThat(harness.compile(Scenarios.model("Shop", base))).succeeded();
    Schema before = Scenarios.snapshot(harness);
    String mainClass = after.contains("class Store") ? "Store" : "Shop";
    Compilation compilation = harness.compile(Scenarios.model(mainClass, after));
    assertThat(compilation).succeeded();
    Schema changed = Scenarios.snapshot(harness);
    assertEquals(2, harness.revisionSources().size(), change + ": one revision for the change");
    Map<String, String> committed = harness.projectFiles();
    assertThat(harness.compile(Scenarios.model(mainClass, after))).succeeded();
    assertEquals(committed, harness.projectFiles(), change + ": building again writes nothing");
    ProcessorHarness.writeClassOutput(compilation, classes);

    DataSource database = TestDatabases.fresh();
    try (URLClassLoader app = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        getClass().getClassLoader())) {
      Driftless driftless = Driftless.configure().dataSource(database).classLoader(app).load();
      driftless.upgrade("+1");
      Scenarios.assertClean(database, before, change + " (first revision)");
      TestDatabases.execute(database,
          "INSERT INTO shop (name, city, rating, kind) VALUES ('Corner', 'Porto', 4, 'SHOP')");

      driftless.upgrade("head");
      Scenarios.assertClean(database, changed, change + " (upgraded)");
      if (dataQuery != null) {
        assertEquals(1, Scenarios.count(database, dataQuery), change + ": the row survives");
      }
      driftless.downgrade("-1");
      Scenarios.assertClean(database, before, change + " (downgraded)");
      driftless.upgrade("head");
      Scenarios.assertClean(database, changed, change + " (upgraded again)");
    }
  }
}
