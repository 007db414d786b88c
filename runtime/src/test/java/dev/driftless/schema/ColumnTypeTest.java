package dev.driftless.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnTypeTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "int4|integer", "INT|integer", "int|integer", "integer|integer", "int8|bigint",
      "int2|smallint", "bool|boolean", "float8|double precision", "float|double precision",
      "float4|real", "float(24)|real", "float(25)|double precision", "float (1)|real",
      "varchar|character varying", "varchar(20)|character varying(20)",
      "VARCHAR (20)|character varying(20)", "character  varying(20)|character varying(20)",
      "char|character(1)", "character|character(1)", "bpchar|character", "char(3)|character(3)",
      "bpchar(4)|character(4)", "decimal|numeric", "decimal(10, 2)|numeric(10,2)",
      "numeric(12)|numeric(12,0)", "decimal(10)|numeric(10,0)",
      "timestamptz|timestamp with time zone", "timestamp|timestamp without time zone",
      "timestamp(3)|timestamp(3) without time zone",
      "timestamp (3) without time zone|timestamp(3) without time zone",
      "timestamptz(3)|timestamp(3) with time zone",
      "timestamp(6) with time zone|timestamp(6) with time zone",
      "timetz|time with time zone", "timetz(2)|time(2) with time zone",
      "time|time without time zone", "time(0)|time(0) without time zone",
      "TIME WITH TIME ZONE|time with time zone",
      "int4[]|integer[]", "int4 array|integer[]", "INT4 ARRAY|integer[]", "int4 []|integer[]",
      "int4[][]|integer[][]", "varchar(20)[]|character varying(20)[]",
      "timestamptz(3)[]|timestamp(3) with time zone[]",
      "text|text", "jsonb|jsonb", "my_enum|my_enum", "\"MyType\"|\"MyType\"",
      // Unquoted names PostgreSQL folds: columnDefinition = "TEXT" is the catalog's text.
      "TEXT|text", "JSONB|jsonb", "Uuid|uuid", "TEXT[]|text[]", "CITEXT|citext",
      "TIMESTAMP(6) WITH TIME ZONE|timestamp(6) with time zone", "INTERVAL|interval",
      "My_Enum|my_enum", "varbit(8)|bit varying(8)", "BIT|bit(1)",
      "geometry(Point, 4326)|geometry(Point,4326)"})
  void spellsAliasesTheWayTheCatalogDoes(String written, String canonical) {
    assertEquals(canonical, ColumnType.of(written).sql());
  }

  /** Spellings the alias rules do not read are kept exactly as written, as they always were. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"_int4", "int4[3]", "public.my_enum", "bit(3)",
      "bit varying(8)", "interval", "interval(3)", "interval year to month", "varchar( 20 )",
      "\"MyType\"[]",
      "\"MyType\" []", "\"My Type\" array", "geometry(Point,4326)", "numeric(10,-2)"})
  void keepsWhatItDoesNotRecogniseAsWritten(String written) {
    assertEquals(written, ColumnType.of(written).sql());
    assertEquals(written, ColumnType.of("  " + written + "\t").sql());
  }

  @Test
  void lowerCasesTheElementOfAnUnquotedArray() {
    // An unquoted name is folded as PostgreSQL folds it, alone or as an array's element.
    assertEquals("myenum", ColumnType.of("MyEnum").sql());
    assertEquals("myenum[]", ColumnType.of("MyEnum[]").sql());
    assertEquals("myenum", ColumnType.of("MyEnum[]").elementType().orElseThrow().sql());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // written | base name | length | precision | scale | dimensions
      "int4|integer|-|-|-|0",
      "varchar|character varying|-|-|-|0",
      "varchar(20)|character varying|20|-|-|0",
      "character varying(255)|character varying|255|-|-|0",
      "char|character|1|-|-|0",
      "bpchar|character|-|-|-|0",
      "char(3)|character|3|-|-|0",
      "numeric|numeric|-|-|-|0",
      "numeric(10,2)|numeric|-|10|2|0",
      "decimal(12)|numeric|-|12|0|0",
      "numeric(10,-2)|numeric|-|10|-2|0",
      "timestamptz|timestamp with time zone|-|-|-|0",
      "timestamp(6) with time zone|timestamp with time zone|-|6|-|0",
      "timestamptz(3)|timestamp with time zone|-|3|-|0",
      "timestamp(3)|timestamp without time zone|-|3|-|0",
      "time(0) without time zone|time without time zone|-|0|-|0",
      "time(4) with time zone|time with time zone|-|4|-|0",
      "timetz(2)|time with time zone|-|2|-|0",
      "integer[]|integer|-|-|-|1",
      "int4[][]|integer|-|-|-|2",
      "character varying(20)[]|character varying|20|-|-|1",
      "numeric(10,2)[]|numeric|-|10|2|1",
      "timestamp(6) with time zone[]|timestamp with time zone|-|6|-|1",
      "\"MyType\"[]|\"MyType\"|-|-|-|1",
      "\"MyType\"[][]|\"MyType\"|-|-|-|2",
      "_int4|_int4|-|-|-|0",
      "bit(3)|bit(3)|-|-|-|0",
      "public.my_enum|public.my_enum|-|-|-|0"})
  void readsTheParts(String written, String baseName, Integer length, Integer precision,
      Integer scale, int dimensions) {
    ColumnType type = ColumnType.of(written);
    assertEquals(baseName, type.baseName());
    assertEquals(optional(length), type.length());
    assertEquals(optional(precision), type.precision());
    assertEquals(optional(scale), type.scale());
    assertEquals(dimensions, type.dimensions());
    assertEquals(dimensions > 0, type.isArray());
  }

  @Test
  void factoriesSpellTheCatalogText() {
    assertEquals("bigint", ColumnType.bigint().sql());
    assertEquals("integer", ColumnType.integer().sql());
    assertEquals("smallint", ColumnType.smallint().sql());
    assertEquals("boolean", ColumnType.bool().sql());
    assertEquals("text", ColumnType.text().sql());
    assertEquals("character varying(200)", ColumnType.varchar(200).sql());
    assertEquals("character(1)", ColumnType.character(1).sql());
    assertEquals("numeric(10,2)", ColumnType.numeric(10, 2).sql());
    assertEquals("numeric(10,-2)", ColumnType.numeric(10, -2).sql());
    assertEquals("real", ColumnType.real().sql());
    assertEquals("double precision", ColumnType.doublePrecision().sql());
    assertEquals("uuid", ColumnType.uuid().sql());
    assertEquals("date", ColumnType.date().sql());
    assertEquals("time(0) without time zone", ColumnType.time(0).sql());
    assertEquals("time(3) with time zone", ColumnType.timeTz(3).sql());
    assertEquals("timestamp(6) without time zone", ColumnType.timestamp(6).sql());
    assertEquals("timestamp(6) with time zone", ColumnType.timestampTz(6).sql());
    assertEquals("bytea", ColumnType.bytea().sql());
    assertEquals("jsonb", ColumnType.jsonb().sql());
    assertEquals("timestamp(6) with time zone", ColumnType.timestampTz(6).toString());
  }

  @Test
  void factoriesRefuseEmptySizes() {
    assertThrows(IllegalArgumentException.class, () -> ColumnType.varchar(0));
    assertThrows(IllegalArgumentException.class, () -> ColumnType.character(-1));
    assertThrows(IllegalArgumentException.class, () -> ColumnType.numeric(0, 0));
    assertThrows(IllegalArgumentException.class, () -> ColumnType.of(" "));
    assertThrows(NullPointerException.class, () -> ColumnType.of(null));
  }

  @Test
  void factoryPartsAndModifiers() {
    ColumnType varchar = ColumnType.varchar(200);
    assertEquals("character varying", varchar.baseName());
    assertEquals(OptionalInt.of(200), varchar.length());
    assertEquals(OptionalInt.empty(), varchar.precision());
    assertEquals(List.of(200), varchar.modifiers());
    assertEquals(List.of(10, 2), ColumnType.numeric(10, 2).modifiers());
    assertEquals(List.of(6), ColumnType.timestampTz(6).modifiers());
    assertEquals(List.of(), ColumnType.bigint().modifiers());
    assertEquals(List.of(), ColumnType.of("bit(3)").modifiers());
  }

  /** Every factory's text reads back into the same parts: the parser and the factories agree. */
  @Test
  void canonicalTextRoundTrips() {
    List<ColumnType> types = new ArrayList<>(List.of(ColumnType.bigint(), ColumnType.integer(),
        ColumnType.smallint(), ColumnType.bool(), ColumnType.text(), ColumnType.varchar(1),
        ColumnType.varchar(255), ColumnType.character(1), ColumnType.character(12),
        ColumnType.numeric(38, 2), ColumnType.numeric(21, 0), ColumnType.numeric(5, -3),
        ColumnType.real(), ColumnType.doublePrecision(), ColumnType.uuid(), ColumnType.date(),
        ColumnType.time(0), ColumnType.time(6), ColumnType.timeTz(0), ColumnType.timeTz(3),
        ColumnType.timestamp(0), ColumnType.timestamp(6), ColumnType.timestampTz(0),
        ColumnType.timestampTz(6), ColumnType.time(-1), ColumnType.bytea(), ColumnType.jsonb(),
        ColumnType.of("character varying"), ColumnType.of("numeric"),
        ColumnType.of("time with time zone"), ColumnType.of("timestamp without time zone"),
        ColumnType.of("bit(3)"), ColumnType.of("interval"), ColumnType.of("\"MyType\""),
        ColumnType.of("public.my_enum"), ColumnType.of("xml"), ColumnType.of("oid"),
        EnumType.of("public", "mood", "sad").columnType(),
        EnumType.of("shop", "mood", "sad").columnType()));
    for (ColumnType element : List.copyOf(types)) {
      types.add(ColumnType.arrayOf(element));
      types.add(ColumnType.arrayOf(ColumnType.arrayOf(element)));
    }
    for (ColumnType type : types) {
      ColumnType read = ColumnType.of(type.sql());
      assertEquals(type.sql(), read.sql());
      assertEquals(type, read);
      assertSameParts(type, read);
    }
  }

  @Test
  void arrays() {
    ColumnType array = ColumnType.arrayOf(ColumnType.varchar(20));
    assertEquals("character varying(20)[]", array.sql());
    assertTrue(array.isArray());
    assertEquals(1, array.dimensions());
    assertEquals(OptionalInt.of(20), array.length());
    assertEquals(Optional.of(ColumnType.varchar(20)), array.elementType());
    assertEquals(array, ColumnType.of("varchar(20)[]"));

    ColumnType twoDimensions = ColumnType.of("int4[][]");
    assertEquals(2, twoDimensions.dimensions());
    assertEquals(Optional.of(ColumnType.integer()), twoDimensions.elementType());
    assertEquals(twoDimensions, ColumnType.arrayOf(ColumnType.arrayOf(ColumnType.integer())));

    assertFalse(ColumnType.integer().isArray());
    assertEquals(Optional.empty(), ColumnType.integer().elementType());
    // PostgreSQL's internal array type name is not read as an array.
    assertFalse(ColumnType.of("_int4").isArray());
    assertEquals("timestamp(3) with time zone[]",
        ColumnType.arrayOf(ColumnType.timestampTz(3)).sql());
    assertEquals("\"MyType\"[]", ColumnType.arrayOf(ColumnType.of("\"MyType\"")).sql());
  }

  @Test
  void equalityIsEqualityOfTheText() {
    assertEquals(ColumnType.integer(), ColumnType.of("int4"));
    assertEquals(ColumnType.integer().hashCode(), ColumnType.of("int4").hashCode());
    assertEquals(ColumnType.varchar(20), ColumnType.of("VARCHAR(20)"));
    assertEquals(ColumnType.timestampTz(6), ColumnType.of("timestamptz(6)"));
    assertEquals(ColumnType.numeric(10, 0), ColumnType.of("decimal(10)"));
    assertEquals(ColumnType.numeric(10, -2), ColumnType.of("numeric(10,-2)"));
    assertEquals("numeric(10,-2)".hashCode(), ColumnType.numeric(10, -2).hashCode());
    assertNotEquals(ColumnType.integer(), ColumnType.bigint());
    assertNotEquals(ColumnType.varchar(20), ColumnType.varchar(21));
    assertNotEquals(ColumnType.integer(), ColumnType.arrayOf(ColumnType.integer()));
    assertNotEquals(ColumnType.text(), ColumnType.of("\"Text\""));
    assertNotEquals(ColumnType.text(), "text");
  }

  /**
   * Where the parts cannot carry today's text: a modifier written with leading zeros is read as
   * its number, and one beyond {@code int} is no type at all, so it is kept as written.
   */
  @Test
  void numbersAreNumbers() {
    assertEquals("character varying(7)", ColumnType.of("varchar(007)").sql());
    assertEquals("numeric(10,2)", ColumnType.of("numeric(010,02)").sql());
    assertEquals("varchar(99999999999)", ColumnType.of("varchar(99999999999)").sql());
    assertEquals("float(99999999999)", ColumnType.of("float(99999999999)").sql());
    assertEquals("timestamp(06) with time zone",
        ColumnType.of("timestamp(06) with time zone").sql());
    assertFalse(ColumnType.of("timestamp(06) with time zone").precision().isPresent());
  }

  /**
   * A property check without a property-testing library: texts built at random from type names,
   * modifiers, array suffixes, odd spacing and case must be spelled as the old string-to-string
   * canonicalizer spelled them, and the parts must survive a round trip through the text.
   */
  @Test
  void spellsRandomTextsAsBefore() {
    Random random = new Random(20_240_601);
    for (int i = 0; i < 20_000; i++) {
      String written = randomType(random);
      ColumnType type = ColumnType.of(written);
      assertEquals(LegacyTypeNames.canonical(written), type.sql(), () -> "for " + written);
      ColumnType again = ColumnType.of(type.sql());
      if (again.sql().equals(type.sql())) {
        assertSameParts(type, again);
      } else {
        // The one spelling that is not stable: bpchar is "character", which reads as character(1).
        assertEquals("character", type.baseName(), () -> "not stable: " + written);
        assertEquals(OptionalInt.empty(), type.length(), () -> "not stable: " + written);
      }
    }
  }

  private static final String[] NAMES = {"int", "int4", "integer", "int8", "bigint", "int2",
      "smallint", "bool", "boolean", "float", "float4", "float8", "double precision", "real",
      "varchar", "character varying", "char", "character", "bpchar", "decimal", "numeric",
      "timestamptz", "timestamp", "timestamp with time zone", "timestamp without time zone",
      "timetz", "time", "time with time zone", "time without time zone", "text", "uuid",
      "jsonb", "my_enum", "MyEnum", "\"MyType\"", "public.my_enum", "bit", "interval", "_int4",
      "date", "bytea"};
  private static final String[] SUFFIXES = {"", "", "", "[]", "[]", "[][]", " []", " array",
      "[3]", " ARRAY[]"};
  private static final String[] SPACES = {"", " ", "  ", "\t"};

  private static String randomType(Random random) {
    String name = NAMES[random.nextInt(NAMES.length)];
    String modifier = switch (random.nextInt(6)) {
      case 0, 1 -> "";
      case 2 -> "(" + random.nextInt(40) + ")";
      case 3 -> "(" + random.nextInt(40) + pick(random, SPACES) + "," + pick(random, SPACES)
          + random.nextInt(10) + ")";
      case 4 -> "(-" + (1 + random.nextInt(9)) + ")";
      default -> "(" + random.nextInt(40) + "," + (random.nextBoolean() ? "-" : "")
          + random.nextInt(10) + ")";
    };
    String text;
    int space = name.indexOf(' ');
    if (space > 0 && name.startsWith("time") && random.nextBoolean()) {
      text = name.substring(0, space) + pick(random, SPACES) + modifier + name.substring(space);
    } else {
      text = name + pick(random, SPACES) + modifier;
    }
    text = pick(random, SPACES) + text + pick(random, SUFFIXES) + pick(random, SPACES);
    return switch (random.nextInt(4)) {
      case 0 -> text.toUpperCase(Locale.ROOT);
      case 1 -> text.replace(" ", "  ");
      default -> text;
    };
  }

  private static String pick(Random random, String[] choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static void assertSameParts(ColumnType expected, ColumnType actual) {
    String what = expected.sql();
    assertEquals(expected.baseName(), actual.baseName(), what);
    assertEquals(expected.length(), actual.length(), what);
    assertEquals(expected.precision(), actual.precision(), what);
    assertEquals(expected.scale(), actual.scale(), what);
    assertEquals(expected.dimensions(), actual.dimensions(), what);
    assertEquals(expected.elementType(), actual.elementType(), what);
  }

  private static OptionalInt optional(Integer value) {
    return value == null ? OptionalInt.empty() : OptionalInt.of(value);
  }
}
