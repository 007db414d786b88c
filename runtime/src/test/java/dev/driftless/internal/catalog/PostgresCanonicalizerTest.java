package dev.driftless.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.driftless.diff.SchemaDiffer;
import dev.driftless.ops.SchemaOp;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.sql.PostgresDialect;
import dev.driftless.testing.SampleSchemas;
import dev.driftless.testing.TestDatabases;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class PostgresCanonicalizerTest {
  private final SchemaDiffer differ = new SchemaDiffer();

  @Test
  void postgresRewritesWhatTheSnapshotSaysAndTheCanonicalizerSeesThroughIt() throws Exception {
    Schema snapshot = SampleSchemas.libraryLater();
    DataSource database = TestDatabases.fresh();
    List<String> sql = new ArrayList<>();
    for (SchemaOp op : differ.diff(Schema.empty(), snapshot)) {
      sql.addAll(new PostgresDialect().render(op));
    }
    TestDatabases.execute(database, sql.toArray(String[]::new));

    try (Connection connection = database.getConnection()) {
      Schema live = new PostgresCatalogReader()
          .read(connection, List.of("public", "archive"), Set.of());
      List<SchemaOp> raw = differ.diff(live, snapshot);
      assertFalse(raw.isEmpty(), "PostgreSQL stores defaults, checks and indexes its own way");
      String book = live.table(QualifiedName.of("public", "book")).orElseThrow().toString();
      assertFalse(book.contains("'draft')"), book);

      Schema aligned = new PostgresCanonicalizer(new PostgresDialect())
          .align(connection, snapshot, live);

      assertEquals(List.of(), differ.diff(aligned, snapshot));
      assertEquals(true, connection.getAutoCommit(), "the connection is handed back as it came");
      assertEquals(List.of(), new PostgresCatalogReader()
          .read(connection, List.of("pg_temp"), Set.of()).tables(), "probes are rolled back");
    }
  }
}
