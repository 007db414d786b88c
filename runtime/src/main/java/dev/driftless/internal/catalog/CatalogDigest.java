package dev.driftless.internal.catalog;

import dev.driftless.schema.PostgresNames;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a catalog statement digests its own rows on the server, so that a fingerprint is of
 * exactly the rows the reader uses: the reader's statement, run as it is, carries one more row
 * with the digest of the others ({@link #recording}); the fast path runs the same statements
 * inside one that returns only their digests ({@link #digestsOf}).
 *
 * <p>Why these forms: the rows and their digest must come from one evaluation of the statement,
 * or a change committed between two statements would be recorded as verified. Each row is
 * hashed by {@code hash_record_extended} (PostgreSQL 14+), column by column with each type's own
 * hash function, which for the types these statements return (names, text, integers, object ids,
 * booleans, arrays of them) is a function of exactly what the reader receives. The 64-bit row
 * hashes are combined so that row order does not matter, by sum and by exclusive or, with the row
 * count: a change goes unnoticed only if a changed row's hash collides (about 1 in 2^64). Why not the xmin of catalog rows, an event trigger or statistics: each misses
 * changes that alter what the reader receives (renaming a function a check calls changes its
 * deparsed text and no row of the check), so the digest is over the deparsed text itself.
 */
final class CatalogDigest {
  /**
   * The session settings that change what the server prints or how it compares expressions:
   * type and function names depend on the search path (as it resolves for this role; without the
   * temporary schema, which differs per connection), constants in defaults on the date,
   * interval, float, bytea and money styles and the time zone, comparisons on the server
   * version.
   */
  static final String SETTINGS = """
      SELECT concat_ws(E'\\n', current_setting('server_version_num'),
             current_setting('search_path'), current_schemas(false)::text,
             current_setting('DateStyle'), current_setting('IntervalStyle'),
             current_setting('TimeZone'), current_setting('extra_float_digits'),
             current_setting('bytea_output'), current_setting('lc_monetary'),
             current_setting('standard_conforming_strings'))
      """;

  private static final String DIGEST = "count(*) || ':' || coalesce(sum(h), 0) || ':' "
      + "|| coalesce(bit_xor(h), 0)";

  /** Each row's hash, as {@code h}, over the rows of {@code rows} (a relation named q). */
  private static String hashed(String rows) {
    return "(SELECT hash_record_extended(q, 0) AS h FROM " + rows + ") h";
  }


  private CatalogDigest() {}

  /**
   * {@code sql} (of {@code columns} columns) with one more column, null in every row, and one
   * more row whose last column is the digest of the others. The statement is evaluated once:
   * its result is referenced twice, so PostgreSQL materializes it.
   */
  static String recording(String sql, int columns) {
    return "WITH q AS (" + sql + ")\nSELECT q.*, NULL::text FROM q\nUNION ALL\nSELECT "
        + "NULL, ".repeat(columns) + "(SELECT " + DIGEST + " FROM " + hashed("q") + ")";
  }

  /** One statement returning the digest of each of {@code statements}, then the settings. */
  static String digestsOf(List<String> statements) {
    return statements.stream()
        .map(sql -> "(SELECT " + DIGEST + " FROM " + hashed("(" + sql + ") q") + ")")
        .collect(Collectors.joining(",\n", "SELECT ", ",\n(" + SETTINGS + ")"));
  }

  /** The fingerprint: one digest of the statements' digests and the settings. */
  static String fingerprint(List<String> parts, String settings) {
    return PostgresNames.sha256Hex("catalog-fingerprint 1\n" + String.join("\n", parts) + "\n"
        + settings);
  }

  /** The digests a fingerprinted read collects, and whether they cover everything it read. */
  static final class Collector {
    private final List<String> parts = new ArrayList<>();
    private List<List<Long>> printed = List.of();
    private boolean readOutside;

    void add(String digest) {
      parts.add(digest);
    }

    /** What the read had printed once per distinct key ({@link SharedDeparse#parameters}). */
    void printed(List<List<Long>> parameters) {
      printed = parameters.stream().map(List::copyOf).toList();
    }

    /** The read looked something up that no digest covers. */
    void readOutside() {
      readOutside = true;
    }

    boolean complete() {
      return !readOutside && parts.size() == CatalogQueries.IN_ORDER.size();
    }

    List<String> parts() {
      return parts;
    }

    List<List<Long>> printed() {
      return printed;
    }
  }
}
