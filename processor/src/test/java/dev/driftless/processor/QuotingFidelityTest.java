package dev.driftless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.driftless.Driftless;
import dev.driftless.internal.catalog.PostgresCatalogReader;
import dev.driftless.internal.engine.VersionTable;
import dev.driftless.schema.Schema;
import dev.driftless.testing.TestDatabases;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import javax.tools.JavaFileObject;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The quoting options against Hibernate: a small corpus of reserved words, key words and
 * mixed-case names, exported by Hibernate with {@code hibernate.auto_quote_keyword} or
 * {@code hibernate.globally_quoted_identifiers} and built by our revisions with the matching
 * option, compared as {@link HibernateFidelityTest} compares its corpus.
 */
class QuotingFidelityTest {
  private static final List<String> CORPUS = List.of("Order", "Customer");

  @TempDir Path project;
  @TempDir Path classes;

  static Stream<Arguments> settings() {
    String snake = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";
    return Stream.of(
        Arguments.of("-Adriftless.quoteKeywords=true", "hibernate.auto_quote_keyword", "jpa",
            null),
        Arguments.of("-Adriftless.quoteKeywords=true", "hibernate.auto_quote_keyword",
            "snake_case", snake),
        Arguments.of("-Adriftless.quoteIdentifiers=true",
            "hibernate.globally_quoted_identifiers", "snake_case", snake));
  }

  @ParameterizedTest(name = "{0}, naming {2}")
  @MethodSource("settings")
  void ourRevisionsBuildTheSchemaHibernateExportsWithTheSameQuoting(String option,
      String setting, String naming, String hibernateNaming) throws Exception {
    List<JavaFileObject> sources = new ArrayList<>();
    for (String name : CORPUS) {
      sources.add(JavaFileObjects.forSourceString("quoting." + name, corpus(name)));
    }
    Compilation compilation = new ProcessorHarness(project).packages("quoting").option(option)
        .option("-Adriftless.naming=" + naming).compile(sources.toArray(JavaFileObject[]::new));
    assertThat(compilation).succeeded();
    ProcessorHarness.writeClassOutput(compilation, classes);

    DataSource ours = TestDatabases.fresh();
    DataSource theirs = TestDatabases.fresh();
    try (URLClassLoader model = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        getClass().getClassLoader())) {
      Driftless.configure().dataSource(ours).classLoader(model).load().migrate();
      StandardServiceRegistryBuilder registry = new StandardServiceRegistryBuilder(
          new BootstrapServiceRegistryBuilder().applyClassLoader(model).build())
          .applySetting("hibernate.connection.datasource", theirs)
          .applySetting("hibernate.hbm2ddl.auto", "create")
          .applySetting(setting, "true");
      if (hibernateNaming != null) {
        registry.applySetting("hibernate.physical_naming_strategy", hibernateNaming);
      }
      MetadataSources metadata = new MetadataSources(registry.build());
      for (String name : CORPUS) {
        metadata.addAnnotatedClass(Class.forName("quoting." + name, true, model));
      }
      try (SessionFactory ignored = metadata.buildMetadata().buildSessionFactory()) {
        Schema exported = read(theirs);
        System.out.println("Quoting oracle (" + setting + ", " + naming + "): "
            + exported.tables().stream().map(t -> t.name().name() + t.columns().stream()
                .map(c -> c.name()).toList()).toList() + " " + exported.sequences().stream()
                .map(s -> s.name().name()).toList());
        assertEquals(4, exported.tables().size(), "tables Hibernate exported");
        List<String> mismatches = HibernateFidelityTest.compare(exported, read(ours)).mismatches();
        assertEquals(List.of(), mismatches, () -> "Hibernate's schema vs ours:\n"
            + String.join("\n", mismatches));
      }
    }
  }

  private static Schema read(DataSource database) throws Exception {
    try (Connection connection = database.getConnection()) {
      return new PostgresCatalogReader().read(connection, List.of("public"),
          Set.of(VersionTable.DEFAULT_NAME));
    }
  }

  private static String corpus(String name) throws Exception {
    try (InputStream in = QuotingFidelityTest.class
        .getResourceAsStream("/fidelity/quoting/" + name + ".java")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
