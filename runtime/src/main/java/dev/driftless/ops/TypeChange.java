package dev.driftless.ops;

import dev.driftless.schema.ColumnType;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * What {@code ALTER COLUMN … TYPE} costs on a table that holds rows, classified the way
 * PostgreSQL decides it ({@code ATColumnChangeRequiresRewrite}: a binary-coercible change that
 * only relaxes a type modifier touches the catalog alone).
 *
 * <p>Only changes known to be safe are {@link #METADATA_ONLY}; anything this does not recognise
 * counts as a {@link #REWRITE}, so an unknown change is flagged rather than waved through.
 */
enum TypeChange {
  /** PostgreSQL changes the catalog only: no scan, no rewrite, no value can fail. */
  METADATA_ONLY,
  /** The new type holds less than the old: existing values may not fit. */
  NARROWING,
  /** The new type is stored differently: every row is converted and the table rewritten. */
  REWRITE;

  private static final String VARCHAR = "character varying";
  private static final String TEXT = "text";

  /**
   * Integer and floating-point types from narrow to wide; a step down the list is a narrowing,
   * a step up a rewrite (the values fit, but each is stored in a different width).
   */
  private static final List<List<String>> LADDERS = List.of(
      List.of("smallint", "integer", "bigint"),
      List.of("real", "double precision"));

  /** Types PostgreSQL converts to each other without a function: a relabel, not a rewrite. */
  private static final Map<String, List<String>> BINARY_COERCIBLE = Map.of(
      VARCHAR, List.of(TEXT),
      TEXT, List.of(VARCHAR));

  /** Types whose limit PostgreSQL can relax without touching a row. */
  private static final List<String> RELAXED_IN_PLACE = List.of(
      VARCHAR, "timestamp without time zone", "timestamp with time zone");

  static TypeChange of(ColumnType from, ColumnType to) {
    if (from.equals(to)) {
      return METADATA_ONLY;
    }
    if (from.dimensions() != to.dimensions()) {
      return REWRITE;
    }
    if (from.isArray()) {
      // An array's elements are coerced one by one, which PostgreSQL does by rewriting; only a
      // narrower element type is worth telling apart.
      TypeChange element = of(from.elementType().orElseThrow(), to.elementType().orElseThrow());
      return element == NARROWING ? NARROWING : REWRITE;
    }
    String fromBase = from.baseName();
    String toBase = to.baseName();
    if (fromBase.equals(toBase)) {
      return sameBase(from, to);
    }
    if (BINARY_COERCIBLE.getOrDefault(fromBase, List.of()).contains(toBase)) {
      // varchar(n) -> text is a relabel; text -> varchar(n) adds a limit existing values may
      // exceed, which PostgreSQL checks by rewriting.
      return to.length().isPresent() ? NARROWING : METADATA_ONLY;
    }
    for (List<String> ladder : LADDERS) {
      int fromStep = ladder.indexOf(fromBase);
      int toStep = ladder.indexOf(toBase);
      if (fromStep >= 0 && toStep >= 0) {
        return toStep < fromStep ? NARROWING : REWRITE;
      }
    }
    return REWRITE;
  }

  /**
   * Whether every value of {@code from} is a value of {@code to}, read back the same: a change
   * that only relaxes a limit, or a step up an integer or floating-point ladder. Code written for
   * either type can then read and write the column (while the values fit the narrower one).
   */
  static boolean widens(ColumnType from, ColumnType to) {
    TypeChange change = of(from, to);
    if (change == METADATA_ONLY) {
      return true;
    }
    if (change == NARROWING || from.isArray() || from.dimensions() != to.dimensions()) {
      return false;
    }
    for (List<String> ladder : LADDERS) {
      int fromStep = ladder.indexOf(from.baseName());
      int toStep = ladder.indexOf(to.baseName());
      if (fromStep >= 0 && toStep > fromStep) {
        return true;
      }
    }
    return false;
  }

  /**
   * The same base type with other modifiers: relaxing or removing a limit is metadata only,
   * tightening one is a narrowing.
   */
  private static TypeChange sameBase(ColumnType from, ColumnType to) {
    if (from.baseName().equals("numeric")) {
      return numeric(from, to);
    }
    if (from.baseName().equals("character")) {
      // blank-padded: a different length pads every value differently, so rows are rewritten
      return wider(from.length(), to.length()) ? REWRITE : NARROWING;
    }
    OptionalInt fromLimit = from.length().isPresent() ? from.length() : from.precision();
    OptionalInt toLimit = to.length().isPresent() ? to.length() : to.precision();
    if (!wider(fromLimit, toLimit)) {
      return NARROWING;
    }
    // PostgreSQL skips the rewrite for a longer varchar and a finer timestamp; for the others
    // (time) it recomputes every value.
    return RELAXED_IN_PLACE.contains(from.baseName()) ? METADATA_ONLY : REWRITE;
  }

  /**
   * {@code numeric(p,s)}: more precision at the same scale, or no limit at all, is metadata
   * only; fewer digits before or after the point is a narrowing (values overflow or are
   * rounded); more of both changes every stored value's scale, a rewrite.
   */
  private static TypeChange numeric(ColumnType from, ColumnType to) {
    if (to.precision().isEmpty()) {
      return METADATA_ONLY;
    }
    if (from.precision().isEmpty()) {
      return NARROWING;
    }
    int fromScale = from.scale().orElseThrow();
    int toScale = to.scale().orElseThrow();
    int fromWhole = from.precision().getAsInt() - fromScale;
    int toWhole = to.precision().getAsInt() - toScale;
    if (toScale < fromScale || toWhole < fromWhole) {
      return NARROWING;
    }
    return toScale == fromScale ? METADATA_ONLY : REWRITE;
  }

  /** Whether limit {@code to} admits every value limit {@code from} does; empty is no limit. */
  private static boolean wider(OptionalInt from, OptionalInt to) {
    return to.isEmpty() || from.isPresent() && to.getAsInt() >= from.getAsInt();
  }
}
