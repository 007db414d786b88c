package dev.driftless.internal.catalog;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Asks PostgreSQL to deparse each distinct check constraint and index predicate once, in one
 * query, and hands every catalog row the text of its own expression.
 *
 * <p>Why: deparsing an expression that names columns makes PostgreSQL open the table (it needs
 * the column names), and on a new connection that builds the table's relation cache entry,
 * about 20 µs per table. Tables generated from entities repeat the same expressions ({@code
 * quantity >= 0}, {@code deleted = false}), so one deparse per distinct expression is enough.
 *
 * <p>Why it is exact: the deparsed text is a function of the stored expression tree and of the
 * names of the columns its {@code Var} nodes refer to (for a check constraint, also of the flags
 * {@code pg_get_constraintdef} appends); nothing else of the table is printed. So the key is the
 * tree text, those names in order of appearance, and the flags. Whenever the tree cannot be read
 * with certainty (a whole-row or system column, a {@code Var} whose column number is not found,
 * a column not among those read), the row is keyed by its own object and deparsed alone.
 */
final class SharedDeparse {
  private static final String VAR = "{VAR ";
  private static final String VAR_ATTNO = ":varattno ";

  // Kinds tell the two catalogs apart: object ids are only unique within one catalog.
  static final String DEPARSE = """
      SELECT 'c', c.oid, pg_get_constraintdef(c.oid, true)
      FROM unnest(?::oid[]) AS c (oid)
      UNION ALL
      SELECT 'i', ix.indexrelid, pg_get_expr(ix.indpred, ix.indrelid, true)
      FROM pg_index ix
      WHERE ix.indexrelid = ANY (?::oid[])
      """;

  /** What makes two expressions print the same; {@code alone} is 0 or the object's own id. */
  private record Key(char kind, String tree, String flags, List<String> names, long alone) {}

  private final Map<Key, Long> representatives = new LinkedHashMap<>();
  private final Map<Key, List<Consumer<String>>> waiting = new HashMap<>();

  /**
   * Registers a check constraint: {@code target} gets its {@code pg_get_constraintdef(oid,
   * true)} text; {@code flags} holds the constraint's flags that the definition prints.
   */
  void check(long oid, String tree, String flags, Map<Integer, String> columns,
      Consumer<String> target) {
    add(key('c', oid, tree, flags, columns), oid, target);
  }

  /** Registers a partial index: {@code target} gets its predicate, deparsed pretty. */
  void predicate(long indexOid, String tree, Map<Integer, String> columns,
      Consumer<String> target) {
    add(key('i', indexOid, tree, "", columns), indexOid, target);
  }

  private void add(Key key, long oid, Consumer<String> target) {
    representatives.putIfAbsent(key, oid);
    waiting.computeIfAbsent(key, k -> new ArrayList<>()).add(target);
  }

  /**
   * Deparses one expression per key, in one query (none when nothing was registered and nothing
   * is fingerprinted); with {@code digests}, the query digests its rows too and the objects it
   * deparsed are recorded with them, for the fingerprint to deparse the same ones.
   */
  void run(Connection connection, CatalogDigest.Collector digests) throws SQLException {
    if (representatives.isEmpty() && digests == null) {
      return;
    }
    List<Long> checks = new ArrayList<>();
    List<Long> predicates = new ArrayList<>();
    representatives.forEach((key, oid) -> (key.kind() == 'c' ? checks : predicates).add(oid));
    Map<String, String> texts = new HashMap<>();
    String sql = digests == null ? DEPARSE : CatalogDigest.recording(DEPARSE, 3);
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      Array checkArray = connection.createArrayOf("bigint", checks.toArray());
      Array predicateArray = connection.createArrayOf("bigint", predicates.toArray());
      statement.setArray(1, checkArray);
      statement.setArray(2, predicateArray);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          String digest = digests == null ? null : rows.getString(4);
          if (digest != null) {
            digests.add(digest);
            digests.deparsed(checks, predicates);
          } else {
            texts.put(rows.getString(1) + rows.getLong(2), rows.getString(3));
          }
        }
      }
    }
    representatives.forEach((key, oid) -> {
      String text = texts.get(String.valueOf(key.kind()) + oid);
      if (text == null) {
        throw new IllegalStateException("PostgreSQL did not deparse " + key.kind() + oid
            + " (dropped while reading?)");
      }
      waiting.get(key).forEach(target -> target.accept(text));
    });
  }

  /**
   * The key of one expression tree (the {@code pg_node_tree} text PostgreSQL stores): the names
   * of the columns its {@code Var} nodes refer to, or the object itself when unsure.
   */
  static Key key(char kind, long oid, String tree, String flags, Map<Integer, String> columns) {
    List<String> names = new ArrayList<>();
    boolean sure = columns != null;
    int vars = 0;
    for (int at = tree.indexOf(VAR); at >= 0; at = tree.indexOf(VAR, at + 1)) {
      vars++;
    }
    int found = 0;
    for (int at = tree.indexOf(VAR_ATTNO); sure && at >= 0;
        at = tree.indexOf(VAR_ATTNO, at + 1)) {
      found++;
      int start = at + VAR_ATTNO.length();
      int end = start;
      while (end < tree.length() && Character.isDigit(tree.charAt(end))) {
        end++;
      }
      String name = end == start || end - start > 5 ? null
          : columns.get(Integer.parseInt(tree.substring(start, end)));
      if (name == null || end == tree.length() || tree.charAt(end) != ' ') {
        sure = false; // column 0 (whole row), negative (system column), or unknown
      } else {
        names.add(name);
      }
    }
    sure &= found == vars;
    return new Key(kind, tree, flags, sure ? List.copyOf(names) : List.of(), sure ? 0 : oid);
  }
}
