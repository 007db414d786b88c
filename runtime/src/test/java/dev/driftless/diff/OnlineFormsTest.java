package dev.driftless.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.ops.AddCheckConstraint;
import dev.driftless.ops.AddForeignKey;
import dev.driftless.ops.CreateIndex;
import dev.driftless.ops.SchemaOp;
import dev.driftless.ops.ValidateConstraint;
import dev.driftless.schema.Schema;
import dev.driftless.sql.PostgresDialect;
import dev.driftless.testing.SampleSchemas;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnlineFormsTest {
  private final SchemaDiffer differ = new SchemaDiffer();
  private final OnlineForms online = new OnlineForms();

  @Test
  void safeFormsReachTheSameSchema() {
    Schema from = SampleSchemas.library();
    Schema to = SampleSchemas.libraryLater();
    List<SchemaOp> plain = differ.diff(from, to);
    List<SchemaOp> safe = online.rewrite(from, plain);
    assertEquals(apply(from, plain), apply(from, safe));
    assertTrue(OnlineForms.needsOwnTransactions(safe));
    assertFalse(OnlineForms.needsOwnTransactions(plain));
    assertTrue(safe.stream().anyMatch(op -> op instanceof CreateIndex c && c.concurrently()));
    assertTrue(safe.stream().anyMatch(op -> op instanceof AddForeignKey f && f.notValid()));
    assertTrue(safe.stream().anyMatch(op -> op instanceof AddCheckConstraint c && c.notValid()));
    assertEquals(List.of("ALTER TABLE \"public\".\"book\" VALIDATE CONSTRAINT "
            + "\"book_author_id_fkey\""),
        new PostgresDialect().render(safe.stream().filter(op -> op instanceof ValidateConstraint v
            && v.name().equals("book_author_id_fkey")).findFirst().orElseThrow()));
  }

  @Test
  void newTablesKeepThePlainForms() {
    List<SchemaOp> plain = differ.diff(Schema.empty(), SampleSchemas.libraryLater());
    assertEquals(plain, online.rewrite(Schema.empty(), plain));
  }

  private static Schema apply(Schema schema, List<SchemaOp> ops) {
    Schema result = schema;
    for (SchemaOp op : ops) {
      result = op.applyTo(result);
    }
    return result;
  }
}
