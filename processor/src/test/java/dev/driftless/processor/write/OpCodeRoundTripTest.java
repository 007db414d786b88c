package dev.driftless.processor.write;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import dev.driftless.diff.SchemaDiffer;
import dev.driftless.engine.Migration;
import dev.driftless.ops.Ops;
import dev.driftless.ops.RecreateEnumType;
import dev.driftless.ops.SchemaOp;
import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.Deferrability;
import dev.driftless.schema.EnumType;
import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.Identity;
import dev.driftless.schema.Index;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.ReferentialAction;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Sequence;
import dev.driftless.schema.Table;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Renders ops as Java code, compiles that code into a revision, runs its {@code upgrade} and
 * expects the very same ops back: what a generated revision records is what the differ meant.
 * The ops come from the differ on two rich schemas (both ways, and from and to nothing) and from
 * the hand-written forms only a person writes; together they cover every op kind the renderer
 * can write, and the rest are refused by name.
 */
class OpCodeRoundTripTest {
  private static final String PACKAGE = "roundtrip";
  private static final String CLASS = "RoundTrip";
  private static final ColumnType SIZE = EnumType.of("public", "size", "s").columnType();
  private static final ColumnType MOOD = EnumType.of("public", "mood", "ok").columnType();

  private final OpCodeRenderer renderer = new OpCodeRenderer();
  private final SchemaDiffer differ = new SchemaDiffer();

  @Test
  void everyRenderedOpCompilesAndRecordsItself() throws Exception {
    List<SchemaOp> ops = renderable();
    assertEquals(ops, upgrade(compile(ops)).recorded());
  }

  @Test
  void dataOpsAreNeverGenerated() {
    for (SchemaOp op : handWrittenOnly()) {
      IllegalArgumentException refused =
          assertThrows(IllegalArgumentException.class, () -> renderer.render(op));
      assertEquals("no code rendering for " + op, refused.getMessage());
    }
  }

  @Test
  void coversEveryOpKind() {
    Set<String> covered = new TreeSet<>();
    renderable().forEach(op -> covered.add(op.getClass().getSimpleName()));
    handWrittenOnly().forEach(op -> covered.add(op.getClass().getSimpleName()));
    Set<String> kinds = new TreeSet<>();
    kinds(SchemaOp.class, kinds);
    assertEquals(kinds, covered);
  }

  private static void kinds(Class<?> type, Set<String> kinds) {
    if (!type.isSealed()) {
      kinds.add(type.getSimpleName());
      return;
    }
    for (Class<?> permitted : type.getPermittedSubclasses()) {
      kinds(permitted, kinds);
    }
  }

  /** What the differ writes, and what a person adds by hand through {@link Ops}. */
  private List<SchemaOp> renderable() {
    List<SchemaOp> ops = new ArrayList<>();
    ops.addAll(differ.diff(Schema.empty(), before()));
    ops.addAll(differ.diff(before(), after()));
    ops.addAll(differ.diff(after(), before()));
    ops.addAll(differ.diff(after(), Schema.empty()));
    ops.addAll(handWritten().recorded());
    return ops;
  }

  private static Ops handWritten() {
    EnumType mood = EnumType.of("public", "mood", "sad", "ok", "happy");
    return new Ops()
        .createSchema("reporting")
        .renameTable("public", "book", "volume")
        .renameColumn("public", "volume", "title", "name")
        .renameConstraint("public", "volume", "book_pkey", "volume_pkey")
        .renameIndex("public", "volume", "book_title_idx", "volume_name_idx")
        .addPrimaryKey("public", "edition", "edition_pkey", "volume_id", "number")
        .createIndexConcurrently("public", "volume", Index.unique("volume_isbn_idx", "isbn")
            .where("isbn IS NOT NULL"))
        .dropIndexConcurrently("public", "volume", "volume_isbn_idx")
        .addCheckConstraintNotValid("public", "volume", "volume_pages_check", "pages > 0")
        .addForeignKeyNotValid("public", "volume", ForeignKey.named("volume_author_fkey")
            .columns("author_id").references("public", "author", "id")
            .onDelete(ReferentialAction.RESTRICT))
        .validateConstraint("public", "volume", "volume_author_fkey")
        .commentOnTable("public", "volume", null, "Volumes, \"quoted\" and it's\nmulti-line")
        .alterSequence(Sequence.of("public", "volume_seq", 1, 50),
            Sequence.of("public", "volume_seq", 100, 1))
        .addEnumValue("public", "mood", "meh", "ok")
        .recreateEnumType(mood, EnumType.of("public", "mood", "happy", "ok"),
            new RecreateEnumType.Usage(QualifiedName.of("public", "volume"), "mood",
                "'ok'::mood"),
            new RecreateEnumType.Usage(QualifiedName.of("sales", "review"), "mood", null))
        .execute("UPDATE volume\nSET name = 'it''s \\ here'\nWHERE name IS NULL")
        // A rolling deploy's generated backfill (ColumnSync).
        .backfill("UPDATE volume SET pages = 0 WHERE id IN (SELECT id FROM volume"
            + " WHERE pages IS NULL LIMIT :batch)", 100)
        .dropSchema("reporting");
  }

  /** Parameterized SQL and bulk inserts: written by hand, never generated. */
  private static List<SchemaOp> handWrittenOnly() {
    return new Ops()
        .execute("UPDATE volume SET pages = ? WHERE id = ?", 10, 1)
        .bulkInsert("public", "mood_label", List.of("mood", "label"),
            List.of(List.of("ok", "Fine")))
        .recorded();
  }

  /** Authors and books in {@code public}, an archive schema, enum types and sequences. */
  private static Schema before() {
    Table author = Table.builder("public", "author")
        .column(Column.of("id", ColumnType.bigint()).generatedAsIdentity())
        .column(Column.of("name", ColumnType.varchar(200)).notNull())
        .primaryKey("author_pkey", "id")
        .unique("author_name_key", "name")
        .build();
    Table book = Table.builder("public", "book")
        .column(Column.of("id", ColumnType.bigint()).notNull())
        .column(Column.of("title", ColumnType.varchar(255)).notNull())
        .column(Column.of("author_id", ColumnType.bigint()))
        .column(Column.of("price", ColumnType.numeric(10, 2)).defaultValue("0"))
        .column(Column.of("size", SIZE).defaultValue("'m'::size"))
        .column(Column.of("legacy", ColumnType.integer()))
        .primaryKey("book_pkey", "id")
        .check("book_price_check", "price >= 0")
        .foreignKey(ForeignKey.named("book_author_id_fkey").columns("author_id")
            .references("public", "author", "id"))
        .index(Index.of("book_title_idx", "title"))
        .comment("Books")
        .build();
    Table oldBook = Table.builder("archive", "old_book")
        .column(Column.of("id", ColumnType.bigint()).notNull())
        .build();
    return new Schema(List.of(author, book, oldBook),
        List.of(Sequence.of("public", "book_seq", 1, 50), Sequence.of("public", "old_seq", 1, 1)),
        List.of("archive"),
        List.of(EnumType.of("public", "mood", "sad", "ok"),
            EnumType.of("public", "size", "s", "m", "l")));
  }

  /** {@link #before} changed in every way the differ knows, plus a new schema of its own. */
  private static Schema after() {
    Table author = Table.builder("public", "author")
        .column(Column.of("id", ColumnType.bigint()).generatedAsIdentity())
        .column(Column.of("name", ColumnType.varchar(200)).notNull())
        .column(Column.of("bio", ColumnType.text()).withComment("Who they are"))
        .primaryKey("author_pkey", "id")
        .unique("author_name_key", "name")
        .build();
    Table book = Table.builder("public", "book")
        .column(Column.of("id", ColumnType.bigint()).withIdentity(Identity.ALWAYS))
        .column(Column.of("title", ColumnType.text()).notNull())
        .column(Column.of("author_id", ColumnType.bigint()))
        .column(Column.of("price", ColumnType.numeric(12, 2)).notNull())
        .column(Column.of("size", SIZE).defaultValue("'s'::size"))
        .column(Column.of("mood", MOOD))
        .primaryKey("book_pkey", "id")
        .unique("book_title_key", "title")
        .check("book_price_check", "price > 0")
        .foreignKey(ForeignKey.named("book_author_id_fkey").columns("author_id")
            .references("public", "author", "id").onDelete(ReferentialAction.SET_NULL)
            .deferrable(Deferrability.DEFERRABLE_INITIALLY_DEFERRED))
        .index(Index.of("book_title_idx", "title DESC NULLS LAST").where("price > 10"))
        .index(Index.of("book_search_idx", "(to_tsvector('simple', title))").using("gin"))
        .comment("Books, it's \"all\" here")
        .build();
    return new Schema(List.of(author, book, customer()),
        List.of(Sequence.of("public", "book_seq", 1, 10),
            Sequence.of("sales", "invoice_seq", 1000, -5)),
        List.of(),
        List.of(EnumType.of("public", "mood", "sad", "ok", "happy"),
            EnumType.of("public", "size", "s", "l"),
            EnumType.of("sales", "tier", "gold", "silver")));
  }

  /** A table in another schema with a column of every type the renderer spells its own way. */
  private static Table customer() {
    return Table.builder("sales", "customer")
        .column(Column.of("id", ColumnType.bigint()).withIdentity(Identity.ALWAYS))
        .column(Column.of("seats", ColumnType.integer()).notNull().defaultValue("1"))
        .column(Column.of("rank", ColumnType.smallint()))
        .column(Column.of("active", ColumnType.bool()).notNull().defaultValue("true"))
        .column(Column.of("note", ColumnType.text()).withComment("Free text"))
        .column(Column.of("email", ColumnType.varchar(320)).notNull())
        .column(Column.of("country", ColumnType.character(2)))
        .column(Column.of("balance", ColumnType.numeric(19, 4)))
        .column(Column.of("ratio", ColumnType.real()))
        .column(Column.of("score", ColumnType.doublePrecision()))
        .column(Column.of("token", ColumnType.uuid()).defaultValue("gen_random_uuid()"))
        .column(Column.of("born", ColumnType.date()))
        .column(Column.of("photo", ColumnType.bytea()))
        .column(Column.of("profile", ColumnType.jsonb()))
        .column(Column.of("opens", ColumnType.time(0)))
        .column(Column.of("closes", ColumnType.timeTz(3)))
        .column(Column.of("seen", ColumnType.timestamp(6)))
        .column(Column.of("joined", ColumnType.timestampTz(6)).defaultValue("now()"))
        .column(Column.of("tags", ColumnType.of("text[]")))
        .column(Column.of("tier", EnumType.of("sales", "tier", "gold").columnType()))
        .column(Column.of("author_id", ColumnType.bigint()))
        .primaryKey("customer_pkey", "id")
        .unique("customer_email_key", "email")
        .unique("customer_country_seats_key", "country", "seats")
        .check("customer_seats_check", "seats BETWEEN 1 AND 9")
        .foreignKey(ForeignKey.named("customer_author_fkey").columns("author_id")
            .references("public", "author", "id").onDelete(ReferentialAction.CASCADE)
            .onUpdate(ReferentialAction.SET_DEFAULT)
            .deferrable(Deferrability.DEFERRABLE_INITIALLY_IMMEDIATE))
        .index(Index.unique("customer_lower_email_idx", "(lower(email))"))
        .index(Index.of("customer_profile_idx", "profile").using("gin").where("active"))
        .comment("Customers")
        .build();
  }

  /** A revision whose {@code upgrade} is the rendered ops, compiled in memory. */
  private Class<?> compile(List<SchemaOp> ops) throws IOException {
    MethodSpec.Builder upgrade = MethodSpec.methodBuilder("upgrade")
        .addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .addParameter(Ops.class, "op");
    ops.forEach(op -> upgrade.addCode(renderer.render(op)));
    MethodSpec downgrade = MethodSpec.methodBuilder("downgrade")
        .addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .addParameter(Ops.class, "op").build();
    TypeSpec type = TypeSpec.classBuilder(CLASS).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(Migration.class).addMethod(upgrade.build()).addMethod(downgrade)
        .build();
    String source = JavaFile.builder(PACKAGE, type).build().toString();
    Compilation compilation = Compiler.javac()
        .compile(JavaFileObjects.forSourceString(PACKAGE + "." + CLASS, source));
    assertThat(compilation).succeededWithoutWarnings();
    JavaFileObject classFile = compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, PACKAGE, CLASS + ".class").orElseThrow();
    try (InputStream in = classFile.openInputStream()) {
      return new SingleClassLoader(getClass().getClassLoader()).define(in.readAllBytes());
    }
  }

  private static Ops upgrade(Class<?> revision) throws ReflectiveOperationException {
    Ops ops = new Ops();
    ((Migration) revision.getDeclaredConstructor().newInstance()).upgrade(ops);
    return ops;
  }

  /** Loads one compiled class, resolving everything else through the test's class loader. */
  private static final class SingleClassLoader extends ClassLoader {
    SingleClassLoader(ClassLoader parent) {
      super(parent);
    }

    Class<?> define(byte[] bytes) {
      return defineClass(null, bytes, 0, bytes.length);
    }
  }
}
