package dev.driftless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.driftless.processor.store.SnapshotStore;
import dev.driftless.schema.Column;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Table;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names as Hibernate writes them in its DDL: by default unquoted (PostgreSQL folds them, key words
 * included), a reserved word refused on the element that gives it; with
 * {@code -Adriftless.quoteKeywords} or {@code -Adriftless.quoteIdentifiers}, quoted as Hibernate's
 * {@code auto_quote_keyword} and {@code globally_quoted_identifiers} quote them.
 */
class QuotingTest {
  @TempDir Path project;

  private static JavaFileObject legacy() {
    return ProcessorHarness.source("test.model.Plugin",
        "package test.model;",
        "import jakarta.persistence.*;",
        "@Entity @Table(name = \"MODULE\")",
        "public class Plugin {",
        "  @Id Long id;",
        "  @Column(name = \"VALUE\") String value;",
        "  @Column(name = \"TIMESTAMP\") java.time.LocalDateTime timestamp;",
        "  @Column(name = \"INPUT\") String input;",
        "  String firstName;",
        "}");
  }

  private static JavaFileObject reserved() {
    return ProcessorHarness.source("test.model.User",
        "package test.model;",
        "import jakarta.persistence.*;",
        "@Entity",
        "public class User {",
        "  @Id Long id;",
        "  String order;",
        "  @Column(name = \"VALUE\") String value;",
        "  String firstName;",
        "}");
  }

  @Test
  void keyWordsPostgresAcceptsAreFoldedByDefaultAsHibernateLeavesThemUnquoted()
      throws IOException {
    ProcessorHarness harness = new ProcessorHarness(project);
    assertThat(harness.compile(legacy())).succeeded();
    Table table = table(harness, "module");
    assertEquals(List.of("id", "value", "timestamp", "input", "firstname"), names(table));
  }

  @Test
  void aReservedTableOrColumnNameIsAnErrorOnItsElementNamingTheWaysOut() {
    ProcessorHarness harness = new ProcessorHarness(project);
    JavaFileObject user = reserved();
    Compilation compilation = harness.compile(user);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("maps to table 'user': 'user' is a reserved word "
        + "in PostgreSQL").inFile(user).onLineContaining("public class User");
    assertThat(compilation).hadErrorContaining("'order' maps to a name Hibernate cannot create: "
        + "'order' is a reserved word").inFile(user).onLineContaining("String order;");
    assertThat(compilation).hadErrorContaining("-Adriftless.quoteKeywords=true");
    assertThat(compilation).hadErrorContaining("(name = \"\\\"order\\\"\")");
    assertEquals(Map.of(), harness.projectFiles(), "an error must not write anything");
  }

  @Test
  void aReservedNameQuotedInTheAnnotationKeepsItsCase() throws IOException {
    ProcessorHarness harness = new ProcessorHarness(project);
    assertThat(harness.compile(ProcessorHarness.source("test.model.User",
        "package test.model;",
        "import jakarta.persistence.*;",
        "@Entity @Table(name = \"\\\"User\\\"\")",
        "public class User {",
        "  @Id Long id;",
        "  @Column(name = \"`order`\") String order;",
        "}"))).succeeded();
    assertEquals(List.of("id", "order"), names(table(harness, "User")));
  }

  @Test
  void quoteKeywordsKeepsTheWordsHibernateQuotesAsWritten() throws IOException {
    ProcessorHarness harness = new ProcessorHarness(project)
        .option("-Adriftless.quoteKeywords=true").option("-Adriftless.naming=snake_case");
    assertThat(harness.compile(reserved(), legacy())).succeeded();
    assertEquals(List.of("id", "order", "VALUE", "first_name"), names(table(harness, "User")));
    assertEquals(List.of("id", "VALUE", "TIMESTAMP", "INPUT", "first_name"),
        names(table(harness, "MODULE")));
  }

  @Test
  void quoteKeywordsStillRefusesAReservedWordHibernateDoesNotQuote() {
    JavaFileObject entity = ProcessorHarness.source("test.model.Item",
        "package test.model;",
        "import jakarta.persistence.*;",
        "@Entity public class Item {",
        "  @Id Long id;",
        "  String desc;",
        "}");
    Compilation compilation = new ProcessorHarness(project)
        .option("-Adriftless.quoteKeywords=true").compile(entity);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("hibernate.auto_quote_keyword does not quote this "
        + "word").inFile(entity).onLineContaining("String desc;");
  }

  @Test
  void quoteIdentifiersKeepsEveryNameAsWritten() throws IOException {
    ProcessorHarness harness = new ProcessorHarness(project)
        .option("-Adriftless.quoteIdentifiers=true").option("-Adriftless.naming=snake_case");
    assertThat(harness.compile(reserved(), ProcessorHarness.source("test.model.Item",
        "package test.model;",
        "import jakarta.persistence.*;",
        "@Entity public class Item {",
        "  @Id @GeneratedValue Long id;",
        "  @ManyToOne User owner;",
        "  @ElementCollection java.util.Set<String> tags;",
        "  String desc;",
        "}"))).succeeded();
    assertEquals(List.of("id", "order", "VALUE", "firstName"), names(table(harness, "User")));
    assertEquals(List.of("id", "owner_id", "desc"), names(table(harness, "Item")));
    assertEquals(List.of("Item_id", "tags"), names(table(harness, "Item_tags")));
    assertEquals(List.of("Item_SEQ"), schema(harness).sequences().stream()
        .map(s -> s.name().name()).toList());
  }

  @Test
  void quoteIdentifiersQuotesAColumnDefinitionTooUnlessToldToSkipIt() throws IOException {
    JavaFileObject entity = ProcessorHarness.source("test.model.Note",
        "package test.model;",
        "import jakarta.persistence.*;",
        "@Entity public class Note {",
        "  @Id Long id;",
        "  @Column(columnDefinition = \"varchar(20)\") String body;",
        "}");
    Compilation quoted = new ProcessorHarness(project)
        .option("-Adriftless.quoteIdentifiers=true").compile(entity);
    assertThat(quoted).failed();
    assertThat(quoted).hadErrorContaining("globally_quoted_identifiers_skip_column_definitions")
        .inFile(entity).onLineContaining("String body;");
    ProcessorHarness skipping = new ProcessorHarness(project)
        .option("-Adriftless.quoteIdentifiers=true")
        .option("-Adriftless.quoteIdentifiers.skipColumnDefinitions=true");
    assertThat(skipping.compile(entity)).succeeded();
    assertEquals("character varying(20)",
        table(skipping, "Note").column("body").orElseThrow().type().sql());
  }

  @Test
  void explicitIndexAndConstraintNamesAreFoldedAsHibernateWritesThemUnquoted() throws IOException {
    ProcessorHarness harness = new ProcessorHarness(project).option("-Adriftless.naming=snake_case");
    assertThat(harness.compile(ProcessorHarness.source("test.model.Shelf",
        "package test.model;",
        "@jakarta.persistence.Entity public class Shelf { @jakarta.persistence.Id Long id; }"),
        ProcessorHarness.source("test.model.Book",
        "package test.model;",
        "import jakarta.persistence.*;",
        "@Entity @Table(indexes = @Index(name = \"IdxBookTitle\", columnList = \"title\"),",
        "    uniqueConstraints = @UniqueConstraint(name = \"UK_Book_Code\", columnNames = \"code\"))",
        "public class Book {",
        "  @Id Long id;",
        "  String title;",
        "  String code;",
        "  @ManyToOne @JoinColumn(foreignKey = @ForeignKey(name = \"FK_Book_Shelf\")) Shelf shelf;",
        "  @Column(check = @CheckConstraint(name = \"CK_Book_Pages\", constraint = \"pages > 0\"))",
        "  Integer pages;",
        "}"))).succeeded();
    Table book = table(harness, "book");
    assertEquals(List.of("idxbooktitle"), book.indexes().stream().map(i -> i.name()).toList());
    assertEquals(List.of("uk_book_code"),
        book.uniqueConstraints().stream().map(u -> u.name()).toList());
    assertEquals(List.of("fk_book_shelf"), book.foreignKeys().stream().map(f -> f.name()).toList());
    assertEquals(List.of("ck_book_pages"),
        book.checkConstraints().stream().map(c -> c.name()).toList());
  }

  private static Schema schema(ProcessorHarness harness) throws IOException {
    return new SnapshotStore().read(harness.snapshot()).orElseThrow();
  }

  private static Table table(ProcessorHarness harness, String name) throws IOException {
    Schema schema = schema(harness);
    return schema.table(QualifiedName.of("public", name)).orElseThrow(() -> new AssertionError(
        "no table " + name + " in " + schema.tables().stream().map(Table::name).toList()));
  }

  private static List<String> names(Table table) {
    return table.columns().stream().map(Column::name).toList();
  }
}
