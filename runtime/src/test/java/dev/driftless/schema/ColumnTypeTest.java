package dev.driftless.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnTypeTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "int4|integer", "INT|integer", "int8|bigint", "int2|smallint", "bool|boolean",
      "float8|double precision", "float4|real", "varchar(20)|character varying(20)",
      "VARCHAR (20)|character varying(20)", "char(3)|character(3)", "decimal(10, 2)|numeric(10,2)",
      "numeric(12)|numeric(12,0)", "timestamptz|timestamp with time zone",
      "timestamp|timestamp without time zone", "timestamp(3)|timestamp(3) without time zone",
      "timestamptz(3)|timestamp(3) with time zone",
      "timestamp(6) with time zone|timestamp(6) with time zone", "time(0)|time(0) without time zone",
      "text|text", "jsonb|jsonb", "my_enum|my_enum", "\"MyType\"|\"MyType\"",
      // Unquoted names PostgreSQL folds: columnDefinition = "TEXT" is the catalog's text.
      "TEXT|text", "JSONB|jsonb", "Uuid|uuid", "TEXT[]|text[]", "CITEXT|citext",
      "TIMESTAMP(6) WITH TIME ZONE|timestamp(6) with time zone", "INTERVAL|interval",
      "My_Enum|my_enum", "varbit(8)|bit varying(8)", "BIT|bit(1)",
      "geometry(Point, 4326)|geometry(Point,4326)"})
  void spellsAliasesTheWayTheCatalogDoes(String written, String canonical) {
    assertEquals(canonical, ColumnType.of(written).sql());
  }
}
