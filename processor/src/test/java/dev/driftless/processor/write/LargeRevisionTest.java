package dev.driftless.processor.write;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.driftless.annotations.Phase;
import dev.driftless.ops.CreateTable;
import dev.driftless.ops.SchemaOp;
import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Table;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The first revision of a very large model still compiles: past the JVM's 64 KB per method and
 * 65,535 constants per class, which names of thousands of tables exceed.
 */
class LargeRevisionTest {

  @Test
  void aRevisionWithMoreNamesThanOneClassCanHoldCompiles() {
    // 1,600 tables of 20 columns, every name its own: about 70,000 constant-pool entries.
    List<SchemaOp> upgrade = new ArrayList<>();
    List<SchemaOp> downgrade = new ArrayList<>();
    for (int t = 0; t < 1_600; t++) {
      String name = String.format("t%04d", t);
      Table.Builder table = Table.builder("public", name);
      for (int c = 0; c < 20; c++) {
        table.column(Column.of(name + "_c" + c, ColumnType.varchar(40)));
      }
      upgrade.add(new CreateTable(table.primaryKey(name + "_pkey", name + "_c0").build()));
      downgrade.add(new dev.driftless.ops.DropTable(
          dev.driftless.schema.QualifiedName.of("public", name)));
    }
    String source = new RevisionWriter().write(new RevisionWriter.Spec("large", "RLarge",
        "0123456789ab", List.of(), "create everything", Schema.empty(), upgrade, downgrade,
        "large.json", Phase.SINGLE, null, List.of())).toString();

    Compilation compilation = Compiler.javac()
        .compile(JavaFileObjects.forSourceString("large.RLarge", source));
    assertThat(compilation).succeeded();
  }
}
