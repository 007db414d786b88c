package dev.driftless.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.internal.drift.DriftCheck;
import dev.driftless.internal.engine.VersionTable;
import dev.driftless.ops.DropColumn;
import dev.driftless.ops.DropTable;
import dev.driftless.ops.RenameColumn;
import dev.driftless.ops.RenameConstraint;
import dev.driftless.ops.RenameTable;
import dev.driftless.ops.SchemaOp;
import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Table;
import dev.driftless.sql.PostgresDialect;
import dev.driftless.testing.SampleSchemas;
import dev.driftless.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** author becomes writer and born becomes birth_date: renames, not drops, and rows survive. */
class RenameTest {
  private static final QualifiedName WRITER = QualifiedName.of("public", "writer");
  private static final RenameHints HINTS = new RenameHints(
      Map.of(WRITER, QualifiedName.of("public", "author")),
      Map.of(WRITER, Map.of("birth_date", "born")));

  private final SchemaDiffer differ = new SchemaDiffer();

  /** library(), as the entities say it after the renames (names derived afresh). */
  static Schema renamed() {
    Schema library = SampleSchemas.library();
    Table writer = Table.builder(WRITER)
        .column(Column.of("id", ColumnType.bigint()).generatedAsIdentity())
        .column(Column.of("name", ColumnType.varchar(200)).notNull())
        .column(Column.of("birth_date", ColumnType.date()))
        .primaryKey("writer_pkey", "id")
        .unique("writer_name_key", "name")
        .build();
    Table book = library.table(QualifiedName.of("public", "book")).orElseThrow().toBuilder()
        .clearForeignKeys()
        .foreignKey(ForeignKey.named("book_author_id_fkey").columns("author_id")
            .references("public", "writer", "id"))
        .build();
    return new Schema(List.of(writer, book), library.sequences());
  }

  @Test
  void hintedRenamesAreRenamesAndNothingIsDropped() {
    List<SchemaOp> ops = differ.diff(SampleSchemas.library(), renamed(), HINTS);
    assertEquals(List.of(
        new RenameTable(QualifiedName.of("public", "author"), "writer"),
        new RenameColumn(WRITER, "born", "birth_date"),
        new RenameConstraint(WRITER, "author_pkey", "writer_pkey"),
        new RenameConstraint(WRITER, "author_name_key", "writer_name_key")), ops);
    assertEquals(renamed(), apply(SampleSchemas.library(), ops));
    List<SchemaOp> back = differ.diff(renamed(), SampleSchemas.library(), HINTS.inverse());
    assertEquals(SampleSchemas.library(), apply(renamed(), back));
    assertTrue(back.stream().noneMatch(op -> op instanceof DropTable || op instanceof DropColumn),
        back::toString);
  }

  @Test
  void withoutHintsItIsADropAndAnAdd() {
    List<SchemaOp> ops = differ.diff(SampleSchemas.library(), renamed());
    assertTrue(ops.contains(new DropTable(QualifiedName.of("public", "author"))), ops::toString);
  }

  @Test
  void aHintIsInertOnceTheRenameIsInTheSnapshot() {
    assertEquals(List.of(), differ.diff(renamed(), renamed(), HINTS));
  }

  @Test
  void onPostgresTheRowsSurviveAndNothingDrifts() throws Exception {
    DataSource database = TestDatabases.fresh();
    List<String> sql = new ArrayList<>();
    differ.diff(Schema.empty(), SampleSchemas.library())
        .forEach(op -> sql.addAll(new PostgresDialect().render(op)));
    sql.add("INSERT INTO author (name, born) VALUES ('Ursula', DATE '1929-10-21')");
    sql.add("INSERT INTO book (id, title, author_id) VALUES (1, 'Earthsea', "
        + "(SELECT id FROM author))");
    differ.diff(SampleSchemas.library(), renamed(), HINTS)
        .forEach(op -> sql.addAll(new PostgresDialect().render(op)));
    TestDatabases.execute(database, sql.toArray(String[]::new));

    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT w.name, w.birth_date, b.title "
            + "FROM writer w JOIN book b ON b.author_id = w.id")) {
      row.next();
      assertEquals("Ursula 1929-10-21 Earthsea",
          row.getString(1) + " " + row.getString(2) + " " + row.getString(3));
    }
    var report = new DriftCheck(renamed(), VersionTable.DEFAULT_NAME, new PostgresDialect())
        .check(database);
    assertTrue(report.isClean(), report::format);
  }

  private static Schema apply(Schema schema, List<SchemaOp> ops) {
    Schema result = schema;
    for (SchemaOp op : ops) {
      result = op.applyTo(result);
    }
    return result;
  }
}
