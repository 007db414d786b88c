package dev.driftless.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.Driftless;
import dev.driftless.testing.TestDatabases;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -Adriftless.unit} and package patterns, with a real {@code javac}: a named unit's
 * resources, entities from sub-packages, and an IDE build that recompiles one file only.
 */
class SchemaUnitsProcessorTest {
  @TempDir Path project;

  private static final String INVOICE = """
      package shop.billing;
      import jakarta.persistence.*;
      @Entity
      public class Invoice {
        @Id Long id;
        @Column(nullable = false) String number;
      %s}
      """;

  private static final String TAX_RATE = """
      package shop.billing.tax;
      import jakarta.persistence.*;
      @Entity
      public class TaxRate {
        @Id Long id;
        double rate;
      }
      """;

  private List<String> options(String unit, String packages) {
    return List.of(
        "-Adriftless.snapshot=" + project.resolve("schema-snapshots/billing.json"),
        "-Adriftless.unit=" + unit,
        "-Adriftless.packages=" + packages,
        "-Adriftless.revisions.dir=" + project.resolve("src"),
        "-Adriftless.revisions.package=shop.billing.migrations",
        "-Adriftless.naming=snake_case");
  }

  private JavacProcess javac(List<String> options, String... sources) throws Exception {
    return JavacProcess.run(project,
        Stream.of(sources).map(s -> project.resolve("src/" + s)).toList(), options);
  }

  @Test
  void aNamedUnitFromSubPackagesKeepsItsResourcesApartAndMigrates() throws Exception {
    write("src/shop/billing/Invoice.java", INVOICE.formatted(""));
    write("src/shop/billing/tax/TaxRate.java", TAX_RATE);
    JavacProcess first = javac(options("billing", "shop.billing.*"),
        "shop/billing/Invoice.java", "shop/billing/tax/TaxRate.java");
    assertEquals(0, first.exitCode(), first.output());

    Path out = project.resolve("out/META-INF/driftless");
    assertEquals("billing\n", Files.readString(out.resolve("units.idx")));
    String snapshot = Files.readString(out.resolve("units/billing/schema.json"));
    assertTrue(snapshot.contains("\"name\": \"invoice\"") && snapshot.contains("\"tax_rate\""),
        snapshot);
    assertEquals(snapshot, Files.readString(project.resolve("schema-snapshots/billing.json")));
    assertTrue(Files.readString(out.resolve("units/billing/revisions.idx"))
        .contains("shop.billing.migrations.R"));
    assertFalse(Files.exists(out.resolve("schema.json")), "nothing at the unnamed unit's paths");
    assertFalse(Files.exists(out.resolve("revisions.idx")));

    // An IDE recompiles the one file that changed: TaxRate is only in the class output, and the
    // pattern still finds it there, so its table is not taken for dropped.
    write("src/shop/billing/Invoice.java", INVOICE.formatted("  String note;\n"));
    JavacProcess partial = javac(options("billing", "shop.billing.*"),
        "shop/billing/Invoice.java", revision());
    assertEquals(0, partial.exitCode(), partial.output());
    assertTrue(partial.output().contains("add column invoice.note")
        || partial.output().contains("note"), partial.output());
    assertFalse(partial.output().contains("drop table"), partial.output());
    String after = Files.readString(project.resolve("schema-snapshots/billing.json"));
    assertTrue(after.contains("\"tax_rate\""), after);
    assertNotEquals(snapshot, after);

    // Compile the revision the IDE build generated, then migrate a database with the unit.
    JavacProcess all = javac(options("billing", "shop.billing.*"), allSources());
    assertEquals(0, all.exitCode(), all.output());
    DataSource database = TestDatabases.fresh();
    try (URLClassLoader loader = new URLClassLoader(
        new URL[] {project.resolve("out").toUri().toURL()}, getClass().getClassLoader())) {
      assertEquals(List.of("billing"), Driftless.units(loader));
      Driftless billing =
          Driftless.configure().dataSource(database).classLoader(loader).unit("billing").load();
      assertEquals(2, billing.migrate().applied().size());
      assertTrue(billing.check().isClean(), billing.check().format());
    }
    assertEquals(List.of("2"), TestDatabases.query(database,
        "SELECT count(*) FROM public.driftless_history_billing"));
  }

  @Test
  void aUnitTakesEntitiesFromADependencyModuleByItsExactPackage() throws Exception {
    // The dependency module: compiled on its own (no processor), only its classes are seen.
    write("shared/shop/shared/Currency.java", """
        package shop.shared;
        import jakarta.persistence.*;
        @Entity
        public class Currency {
          @Id String code;
          @Column(nullable = false) int digits;
        }
        """);
    Path sharedModule = project.resolve("shared-module");
    JavacProcess dependency = JavacProcess.run(sharedModule,
        List.of(project.resolve("shared/shop/shared/Currency.java")), List.of("-proc:none"));
    Path shared = sharedModule.resolve("out");
    assertEquals(0, dependency.exitCode(), dependency.output());
    write("src/shop/billing/Invoice.java", INVOICE.formatted(
        "  @ManyToOne shop.shared.Currency currency;\n"));

    JavacProcess build = JavacProcess.run(project,
        List.of(project.resolve("src/shop/billing/Invoice.java")),
        options("billing", "shop.billing.*,shop.shared"), List.of(shared));

    assertEquals(0, build.exitCode(), build.output());
    String snapshot = Files.readString(project.resolve("schema-snapshots/billing.json"));
    assertTrue(snapshot.contains("\"name\": \"currency\""), snapshot);
    assertTrue(snapshot.contains("\"currency_code\""), snapshot);

    // Without the dependency's package, the association is an error naming the entity.
    JavacProcess missing = JavacProcess.run(project,
        List.of(project.resolve("src/shop/billing/Invoice.java")),
        options("billing", "shop.billing.*"), List.of(shared));
    assertEquals(1, missing.exitCode(), missing.output());
    assertTrue(missing.output().contains("references the entity shop.shared.Currency, which is "
        + "outside -Adriftless.packages"), missing.output());
  }

  @Test
  void aBadUnitNameOrPackagePatternIsACompileErrorNamingTheOption() throws Exception {
    write("src/shop/billing/Invoice.java", INVOICE.formatted(""));
    JavacProcess unit = javac(options("Billing-EU", "shop.billing"), "shop/billing/Invoice.java");
    assertEquals(1, unit.exitCode(), unit.output());
    assertTrue(unit.output().contains("'Billing-EU' is not a schema unit name"), unit.output());

    JavacProcess pattern = javac(options("billing", "shop.*.billing"),
        "shop/billing/Invoice.java");
    assertEquals(1, pattern.exitCode(), pattern.output());
    assertTrue(pattern.output().contains("'shop.*.billing' is neither a package"),
        pattern.output());
    assertFalse(Files.exists(project.resolve("schema-snapshots/billing.json")));
  }

  private String revision() throws IOException {
    return sources().filter(s -> s.contains("migrations")).findFirst().orElseThrow();
  }

  private String[] allSources() throws IOException {
    return sources().toArray(String[]::new);
  }

  private Stream<String> sources() throws IOException {
    Path src = project.resolve("src");
    try (Stream<Path> walk = Files.walk(src)) {
      return walk.filter(p -> p.toString().endsWith(".java"))
          .map(p -> src.relativize(p).toString()).sorted().toList().stream();
    }
  }

  private void write(String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
