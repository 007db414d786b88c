package dev.driftless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.driftless.processor.store.SnapshotStore;
import dev.driftless.schema.QualifiedName;
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
    return new SnapshotStore().read(harness.snapshot());
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
}
