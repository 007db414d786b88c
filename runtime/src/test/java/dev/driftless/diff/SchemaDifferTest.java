package dev.driftless.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.ops.AddColumn;
import dev.driftless.ops.AddForeignKey;
import dev.driftless.ops.AlterColumn;
import dev.driftless.ops.CreateTable;
import dev.driftless.ops.DropColumn;
import dev.driftless.ops.DropConstraint;
import dev.driftless.ops.DropTable;
import dev.driftless.ops.SchemaOp;
import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Table;
import dev.driftless.testing.SampleSchemas;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class SchemaDifferTest {
  private final SchemaDiffer differ = new SchemaDiffer();

  static Stream<Arguments> pairs() {
    Schema empty = Schema.empty();
    Schema library = SampleSchemas.library();
    Schema later = SampleSchemas.libraryLater();
    return Stream.of(
        Arguments.of("empty to library", empty, library),
        Arguments.of("library to later", library, later),
        Arguments.of("empty to later", empty, later),
        Arguments.of("cycle of foreign keys", empty, cycle()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void upgradeTurnsFromIntoTo(String name, Schema from, Schema to) {
    assertEquals(normalizeColumnOrder(to), apply(from, differ.diff(from, to)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void downgradeIsTheExactInverse(String name, Schema from, Schema to) {
    Schema upgraded = apply(from, differ.diff(from, to));
    assertEquals(normalizeColumnOrder(from), apply(upgraded, differ.diff(to, from)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void equalSchemasHaveNoDifference(String name, Schema from, Schema to) {
    assertEquals(List.of(), differ.diff(to, to));
    assertEquals(List.of(), differ.diff(from, from));
  }

  @Test
  void createsTablesBeforeAddingForeignKeysThatPointAtThem() {
    List<SchemaOp> ops = differ.diff(Schema.empty(), cycle());
    int lastCreate = lastIndexOf(ops, CreateTable.class);
    int firstForeignKey = firstIndexOf(ops, AddForeignKey.class);
    assertTrue(lastCreate < firstForeignKey, () -> "tables must exist before FKs: " + ops);
    ops.stream().filter(CreateTable.class::isInstance).map(CreateTable.class::cast)
        .forEach(op -> assertEquals(List.of(), op.table().foreignKeys(), "FKs come separately"));
  }

  @Test
  void dropsForeignKeysBeforeTheTablesTheyReference() {
    List<SchemaOp> ops = differ.diff(cycle(), Schema.empty());
    assertTrue(lastIndexOf(ops, DropConstraint.class) < firstIndexOf(ops, DropTable.class),
        () -> "FKs must go before tables: " + ops);
  }

  @Test
  void reportsColumnLevelChangesOnExistingTables() {
    List<SchemaOp> ops = differ.diff(SampleSchemas.library(), SampleSchemas.libraryLater());
    QualifiedName author = QualifiedName.of("public", "author");
    assertTrue(ops.contains(new AddColumn(author,
        Column.of("bio", ColumnType.text()).withComment("Short biography, plain text"))),
        ops::toString);
    assertTrue(ops.contains(new DropColumn(QualifiedName.of("public", "book"), "price")),
        ops::toString);
    assertTrue(ops.contains(new AlterColumn(author,
        Column.of("name", ColumnType.varchar(200)).notNull(),
        Column.of("name", ColumnType.varchar(300)).notNull())), ops::toString);
  }

  @Test
  void flagsDestructiveOperations() {
    List<SchemaOp> ops = differ.diff(SampleSchemas.library(), SampleSchemas.libraryLater());
    List<String> hazards = ops.stream().flatMap(op -> op.hazard(SampleSchemas.library()).stream()).toList();
    assertTrue(hazards.stream().anyMatch(h -> h.contains("drops column public.book.price")),
        hazards::toString);
    // varchar(200) -> varchar(300) only relaxes a limit: PostgreSQL touches its catalog alone
    assertTrue(hazards.stream().noneMatch(h -> h.contains("public.author.name")),
        hazards::toString);
  }

  /** Two tables that reference each other: only possible as tables first, constraints after. */
  private static Schema cycle() {
    Table a = Table.builder("public", "a")
        .column(Column.of("id", ColumnType.bigint()).notNull())
        .column(Column.of("b_id", ColumnType.bigint()))
        .primaryKey("a_pkey", "id")
        .foreignKey(ForeignKey.named("a_b_id_fkey").columns("b_id").references("public", "b", "id"))
        .build();
    Table b = Table.builder("public", "b")
        .column(Column.of("id", ColumnType.bigint()).notNull())
        .column(Column.of("a_id", ColumnType.bigint()))
        .primaryKey("b_pkey", "id")
        .foreignKey(ForeignKey.named("b_a_id_fkey").columns("a_id").references("public", "a", "id"))
        .build();
    return new Schema(List.of(a, b), List.of());
  }

  private static Schema apply(Schema schema, List<SchemaOp> ops) {
    Schema result = schema;
    for (SchemaOp op : ops) {
      result = op.applyTo(result);
    }
    // Column order is not part of the comparison: ADD COLUMN appends, as PostgreSQL does.
    return normalizeColumnOrder(result);
  }

  private static Schema normalizeColumnOrder(Schema schema) {
    return new Schema(schema.tables().stream().map(t -> {
      List<Column> sorted = t.columns().stream()
          .sorted(java.util.Comparator.comparing(Column::name)).toList();
      return new Table(t.name(), sorted, t.primaryKey(), t.uniqueConstraints(),
          t.checkConstraints(), t.foreignKeys(), t.indexes(), t.comment());
    }).toList(), schema.sequences());
  }

  private static int firstIndexOf(List<SchemaOp> ops, Class<?> kind) {
    for (int i = 0; i < ops.size(); i++) {
      if (kind.isInstance(ops.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static int lastIndexOf(List<SchemaOp> ops, Class<?> kind) {
    for (int i = ops.size() - 1; i >= 0; i--) {
      if (kind.isInstance(ops.get(i))) {
        return i;
      }
    }
    return -1;
  }
}
