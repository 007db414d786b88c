package dev.driftless.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.Schema;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A type change is flagged by what PostgreSQL does with it: a change that only relaxes a limit
 * touches the catalog and is not flagged; a narrowing says so; any other change rewrites.
 */
class AlterColumnHazardTest {
  private static final QualifiedName BOOK = QualifiedName.of("public", "book");

  static Stream<Arguments> metadataOnly() {
    return Stream.of(
        Arguments.of("character varying(20)", "character varying(40)"),
        Arguments.of("character varying(20)", "character varying"),
        Arguments.of("character varying(20)", "text"),
        Arguments.of("character varying", "text"),
        Arguments.of("text", "character varying"),
        Arguments.of("numeric(10,2)", "numeric(12,2)"),
        Arguments.of("numeric(10,2)", "numeric"),
        Arguments.of("timestamp(3) without time zone", "timestamp(6) without time zone"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("metadataOnly")
  void aChangeThatOnlyRelaxesALimitIsNotFlagged(String from, String to) {
    assertEquals(Optional.empty(), change(from, to).hazard(Schema.empty()));
  }

  static Stream<Arguments> narrowing() {
    return Stream.of(
        Arguments.of("character varying(40)", "character varying(20)"),
        Arguments.of("text", "character varying(20)"),
        Arguments.of("character varying", "character varying(20)"),
        Arguments.of("numeric(10,2)", "numeric(10,1)"),
        Arguments.of("numeric(10,2)", "numeric(8,2)"),
        Arguments.of("numeric", "numeric(10,2)"),
        Arguments.of("bigint", "integer"),
        Arguments.of("double precision", "real"),
        Arguments.of("character(10)", "character(5)"),
        Arguments.of("character varying(40)[]", "character varying(20)[]"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("narrowing")
  void aNarrowingSaysItIsANarrowing(String from, String to) {
    String hazard = change(from, to).hazard(Schema.empty()).orElseThrow();
    assertTrue(hazard.contains("changes the type of public.book.c from " + from + " to " + to
        + ", a narrowing: fails if an existing value does not fit"), hazard);
  }

  static Stream<Arguments> rewriting() {
    return Stream.of(
        Arguments.of("integer", "bigint"),
        Arguments.of("text", "integer"),
        Arguments.of("numeric(10,2)", "numeric(12,4)"),
        Arguments.of("character(5)", "text"),
        Arguments.of("integer", "integer[]"),
        Arguments.of("timestamp(6) without time zone", "timestamp(6) with time zone"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("rewriting")
  void anyOtherChangeSaysItRewritesTheTable(String from, String to) {
    String hazard = change(from, to).hazard(Schema.empty()).orElseThrow();
    assertTrue(hazard.contains(": rewrites the table"), hazard);
    assertTrue(!hazard.contains("narrowing"), hazard);
  }

  @Test
  void settingNotNullIsFlaggedEvenWhenTheTypeChangeIsHarmless() {
    AlterColumn op = new AlterColumn(BOOK, Column.of("c", ColumnType.varchar(20)),
        Column.of("c", ColumnType.varchar(40)).notNull());
    String hazard = op.hazard(Schema.empty()).orElseThrow();
    assertTrue(hazard.startsWith("sets NOT NULL on existing column public.book.c"), hazard);
  }

  private static AlterColumn change(String from, String to) {
    return new AlterColumn(BOOK, Column.of("c", ColumnType.of(from)),
        Column.of("c", ColumnType.of(to)));
  }
}
