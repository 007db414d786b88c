package dev.driftless.internal.catalog;

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
import java.util.function.Supplier;

/**
 * Asks PostgreSQL to print each distinct check constraint, index predicate, column default and
 * column type once, in one query, and hands every catalog row the text of its own.
 *
 * <p>Why: deparsing an expression that names columns makes PostgreSQL open the table (it needs
 * the column names), and on a new connection that builds the table's relation cache entry,
 * about 20 µs per table; and printing is per row what the catalog scans are per table
 * ({@code format_type} over 90,000 columns, 20 ms; a default per table, 11 ms, at 10,000 tables).
 * Tables generated from entities repeat the same expressions ({@code quantity >= 0}, {@code
 * deleted = false}, a default of {@code 0}) and a dozen types, so one print per distinct key is
 * enough.
 *
 * <p>Why it is exact: the deparsed text is a function of the stored expression tree and of the
 * names of the columns its {@code Var} nodes refer to (for a check constraint, also of the flags
 * {@code pg_get_constraintdef} appends); nothing else of the table is printed. So the key is the
 * tree text, those names in order of appearance, and the flags. Whenever the tree cannot be read
 * with certainty (a whole-row or system column, a {@code Var} whose column number is not found,
 * a column not among those read), the row is keyed by its own object and deparsed alone. A
 * default names no column (PostgreSQL refuses one that does), so its tree alone is its key; a
 * type prints from its type id and modifier alone.
 */
final class SharedDeparse {
  private static final String VAR = "{VAR ";
  private static final String VAR_ATTNO = ":varattno ";

  // Kinds tell the catalogs apart: object ids are only unique within one catalog. A type's
  // "object" is its place in the two type arrays.
  static final String DEPARSE = """
      SELECT 'c', c.oid, pg_get_constraintdef(c.oid, true)
      FROM unnest(?::oid[]) AS c (oid)
      UNION ALL
      SELECT 'i', ix.indexrelid, pg_get_expr(ix.indpred, ix.indrelid, true)
      FROM pg_index ix
      WHERE ix.indexrelid = ANY (?::oid[])
      UNION ALL
      SELECT 'd', ad.oid, pg_get_expr(ad.adbin, 0)
      FROM pg_attrdef ad
      WHERE ad.oid = ANY (?::oid[])
      UNION ALL
      SELECT 't', t.place, format_type(t.type, t.modifier)
      FROM unnest(?::oid[], ?::int[]) WITH ORDINALITY AS t (type, modifier, place)
      """;

  /** The kinds, in the order of the query's parameters (a type takes two). */
  private static final String KINDS = "cidt";

  /** What makes two expressions print the same; {@code alone} is 0 or the object's own id. */
  private record Key(char kind, String tree, String flags, List<String> names, long alone) {}

  /** The text printed for one key, once {@link #run} has printed it. */
  static final class Printed implements Supplier<String> {
    private String text;

    @Override
    public String get() {
      if (text == null) {
        throw new IllegalStateException("not printed yet");
      }
      return text;
    }
  }

  private final Map<Key, Long> representatives = new LinkedHashMap<>();
  private final Map<Key, List<Consumer<String>>> waiting = new HashMap<>();
  // A column's type and default are looked up per column: one entry per distinct one.
  private record TypeKey(long oid, int modifier) {}

  private final Map<TypeKey, Printed> types = new LinkedHashMap<>();
  private final Map<String, Printed> defaults = new HashMap<>();

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

  /** Registers a column default (not a generated column's expression), by its tree. */
  Printed defaultValue(long attrdefOid, String tree) {
    return defaults.computeIfAbsent(tree, t -> {
      Printed printed = new Printed();
      add(new Key('d', t, "", List.of(), 0), attrdefOid, text -> printed.text = text);
      return printed;
    });
  }

  /** Registers a column type, as {@code format_type} prints it. */
  Printed type(long typeOid, int modifier) {
    return types.computeIfAbsent(new TypeKey(typeOid, modifier), type -> {
      Printed printed = new Printed();
      add(new Key('t', type.oid() + ":" + type.modifier(), "", List.of(), 0), 0,
          text -> printed.text = text);
      return printed;
    });
  }

  private void add(Key key, long oid, Consumer<String> target) {
    representatives.putIfAbsent(key, oid);
    waiting.computeIfAbsent(key, k -> new ArrayList<>()).add(target);
  }

  /**
   * The query's parameters: the check constraints, partial indexes and defaults printed (one of
   * each key), then the types' ids and modifiers. The fingerprint binds the same ones.
   */
  List<List<Long>> parameters() {
    List<List<Long>> parameters = List.of(new ArrayList<>(), new ArrayList<>(),
        new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    representatives.forEach((key, oid) -> {
      if (key.kind() != 't') {
        parameters.get(KINDS.indexOf(key.kind())).add(oid);
      }
    });
    // In the order they were registered, which is the order run() numbers them in.
    types.keySet().forEach(type -> {
      parameters.get(3).add(type.oid());
      parameters.get(4).add((long) type.modifier());
    });
    return parameters;
  }

  /** Binds {@code parameters} (as {@link #parameters} lists them) from {@code at} on. */
  static int bind(PreparedStatement statement, int at, List<List<Long>> parameters)
      throws SQLException {
    Connection connection = statement.getConnection();
    for (List<Long> values : parameters) {
      statement.setArray(at++, connection.createArrayOf("bigint", values.toArray()));
    }
    return at;
  }

  /**
   * Prints one text per key, in one query (none when nothing was registered and nothing is
   * fingerprinted); with {@code digests}, the query digests its rows too and its parameters are
   * recorded with them, for the fingerprint to print the same ones.
   */
  void run(Connection connection, CatalogDigest.Collector digests) throws SQLException {
    if (representatives.isEmpty() && digests == null) {
      return;
    }
    List<List<Long>> parameters = parameters();
    Map<String, String> texts = new HashMap<>();
    String sql = digests == null ? DEPARSE : CatalogDigest.recording(DEPARSE, 3);
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, 1, parameters);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          String digest = digests == null ? null : rows.getString(4);
          if (digest != null) {
            digests.add(digest);
            digests.printed(parameters);
          } else {
            texts.put(rows.getString(1) + rows.getLong(2), rows.getString(3));
          }
        }
      }
    }
    int place = 0;
    for (Map.Entry<Key, Long> entry : representatives.entrySet()) {
      Key key = entry.getKey();
      long object = key.kind() == 't' ? ++place : entry.getValue();
      String text = texts.get(String.valueOf(key.kind()) + object);
      if (text == null) {
        throw new IllegalStateException("PostgreSQL did not print " + key.kind() + object
            + " (dropped while reading?)");
      }
      waiting.get(key).forEach(target -> target.accept(text));
    }
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
