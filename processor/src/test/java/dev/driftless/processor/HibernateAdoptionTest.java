package dev.driftless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.driftless.BaselineException;
import dev.driftless.Driftless;
import dev.driftless.MigrateResult;
import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.Index;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Table;
import dev.driftless.schema.UniqueConstraint;
import dev.driftless.testing.TestDatabases;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Adopting a database Hibernate created, with {@code -Adriftless.constraintNames=hibernate}:
 * Hibernate exports the fidelity corpus (its {@code ddl-auto=create}, default settings), Driftless
 * baselines that database with zero drift, and the next model change, which drops a unique
 * constraint and adds a foreign key Hibernate named, migrates it and checks clean.
 *
 * <p>Runs under whichever Hibernate line is on the test class path, as the fidelity oracle does
 * (the module oracle-hibernate-6 runs it under 6.6).
 */
class HibernateAdoptionTest {
  @TempDir Path project;
  @TempDir Path classes;
  @TempDir Path changedClasses;

  static Stream<Arguments> namings() {
    return HibernateFidelityTest.namings();
  }

  @ParameterizedTest(name = "naming {0}")
  @MethodSource("namings")
  void aDatabaseHibernateCreatedBaselinesWithoutDriftAndTakesTheNextRevision(String naming,
      String hibernateNaming) throws Exception {
    List<JavaFileObject> sources = HibernateFidelityTest.corpusSources();
    Compilation first = harness(naming).compile(sources.toArray(JavaFileObject[]::new));
    assertThat(first).succeeded();
    ProcessorHarness.writeClassOutput(first, classes);

    DataSource database = TestDatabases.fresh();
    try (URLClassLoader model = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        getClass().getClassLoader())) {
      HibernateFidelityTest.hibernate(HibernateFidelityTest.settings(database, "create",
          hibernateNaming), HibernateFidelityTest.mappedClasses(model, sources)).close();
      Schema exported = HibernateFidelityTest.read(database);
      long hashed = hashedNames(exported);
      assertTrue(hashed > 150, "Hibernate named " + hashed + " keys and indexes itself");

      Driftless driftless = Driftless.configure().dataSource(database).classLoader(model).load();
      try {
        List<String> recorded = driftless.baseline();
        assertEquals(1, recorded.size(), "the one revision recorded as applied");
      } catch (BaselineException e) {
        throw new AssertionError("Hibernate's database is not our snapshot:\n" + e.getMessage());
      }
      assertTrue(driftless.check().isClean());
      System.out.println("Adoption, Hibernate " + HibernateFidelityTest.HIBERNATE + ", naming "
          + naming + ": baselined with " + hashed + " names Hibernate generated");
    }

    // The next change: CmsAuthor.email loses its unique constraint (a drop by Hibernate's name)
    // and a new entity references CmsAuthor (a foreign key named as Hibernate would).
    List<JavaFileObject> changed = new ArrayList<>();
    for (JavaFileObject source : sources) {
      changed.add(source.getName().endsWith("/CmsAuthor.java")
          ? JavaFileObjects.forSourceString("oracle.CmsAuthor",
              HibernateFidelityTest.corpus("oracle", "CmsAuthor")
                  .replace("@Column(unique = true) String email;", "String email;"))
          : source);
    }
    changed.add(JavaFileObjects.forSourceString("oracle.CmsReview", """
        package oracle;

        import jakarta.persistence.*;

        @Entity
        public class CmsReview {
            @Id @GeneratedValue Long id;
            @ManyToOne(optional = false) CmsAuthor reviewer;
            @Column(unique = true) String ticket;
        }
        """));
    Compilation second = harness(naming).compile(changed.toArray(JavaFileObject[]::new));
    assertThat(second).succeeded();
    ProcessorHarness.writeClassOutput(second, changedClasses);
    try (URLClassLoader model = new URLClassLoader(
        new URL[] {changedClasses.toUri().toURL()}, getClass().getClassLoader())) {
      Driftless driftless = Driftless.configure().dataSource(database).classLoader(model).load();
      MigrateResult result = driftless.migrate();
      assertEquals(1, result.applied().size(), "the change's revision");
      assertTrue(driftless.check().isClean(), () -> driftless.check().toString());
    }
  }

  private ProcessorHarness harness(String naming) throws Exception {
    Files.createDirectories(project);
    return new ProcessorHarness(project).packages("oracle,oracle.helpdesk")
        .option("-Adriftless.naming=" + naming)
        .option("-Adriftless.constraintNames=hibernate");
  }

  /** How many foreign keys, unique constraints and indexes carry a name Hibernate made up. */
  private static long hashedNames(Schema schema) {
    long count = 0;
    for (Table table : schema.tables()) {
      count += table.foreignKeys().stream().map(ForeignKey::name).filter(n -> hashed(n)).count();
      count += table.uniqueConstraints().stream().map(UniqueConstraint::name)
          .filter(n -> hashed(n)).count();
      count += table.indexes().stream().map(Index::name).filter(n -> hashed(n)).count();
    }
    return count;
  }

  private static boolean hashed(String name) {
    return name.matches("(fk|uk|idx)[0-9a-y]{20,}");
  }
}
