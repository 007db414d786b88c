package dev.driftless.internal.catalog;

import dev.driftless.schema.CheckConstraint;
import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.Deferrability;
import dev.driftless.schema.EnumType;
import dev.driftless.schema.ForeignKey;
import dev.driftless.schema.Identity;
import dev.driftless.schema.Index;
import dev.driftless.schema.PrimaryKey;
import dev.driftless.schema.QualifiedName;
import dev.driftless.schema.ReferentialAction;
import dev.driftless.schema.Schema;
import dev.driftless.schema.Sequence;
import dev.driftless.schema.Table;
import dev.driftless.schema.UniqueConstraint;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Reads a live PostgreSQL database into the same {@link Schema} model the entities produce.
 *
 * <p>It runs at most seven catalog queries whatever the number of tables: namespaces (with their
 * enum types), tables (with their and their columns' comments), columns, constraints (primary,
 * unique, foreign and check), indexes, sequences, and one that prints each distinct check, index
 * predicate, default and column type once ({@link SharedDeparse}). Types come from {@code
 * format_type()}, the spelling {@link ColumnType} uses. Column numbers in constraints and indexes
 * are turned into names here, from the columns already read, rather than by a subquery per
 * constraint.
 *
 * <p>Server time is what a large schema costs (docs/benchmarks.md, "Richer model" and
 * "Fingerprints, and plans that stay linear"), so the queries ({@link CatalogQueries}) avoid work
 * per row, and no plan may depend on catalog statistics, which are stale right after a migration:
 * a join the planner could turn into a nested loop over every row of both sides is written as an
 * index probe per table or per defaulted column instead, and what is printed is printed once per
 * distinct thing.
 * With {@link #readFingerprinted}, each statement also digests its own rows ({@link
 * CatalogDigest}), and {@link #fingerprint} computes the same digests without sending a row.
 */
public final class PostgresCatalogReader {

  // Only for foreign keys whose target table lies outside the namespaces read (rare).
  private static final String COLUMN_NAMES = """
      SELECT attname FROM pg_attribute WHERE attrelid = ? AND attnum = ?
      """;

  /**
   * Reads the tables and sequences of {@code namespaces}, leaving out {@code excludedTables}
   * (such as the version table).
   */
  public Schema read(Connection connection, Collection<String> namespaces,
      Set<QualifiedName> excludedTables) throws SQLException {
    return read(connection, namespaces, excludedTables, null);
  }

  /**
   * Reads as {@link #read} does and fingerprints exactly the rows it read, each statement
   * digesting its own rows on the server ({@link CatalogDigest}); the fingerprint is empty when
   * the read looked anything up outside its statements (a foreign key into a schema not read),
   * which the fingerprint would not cover.
   */
  public FingerprintedRead readFingerprinted(Connection connection,
      Collection<String> namespaces, Set<QualifiedName> excludedTables) throws SQLException {
    CatalogDigest.Collector digests = new CatalogDigest.Collector();
    Schema schema = read(connection, namespaces, excludedTables, digests);
    return new FingerprintedRead(schema, digests.complete()
        ? Optional.of(new CatalogFingerprint(
            CatalogDigest.fingerprint(digests.parts(), settings(connection)),
            digests.printed()))
        : Optional.empty());
  }

  /**
   * The fingerprint that {@link #readFingerprinted} would give now, computed by the server in
   * one statement without sending a row: {@code printed} is what that read printed once per
   * distinct key, which is the same whenever the other rows are.
   */
  public String fingerprint(Connection connection, Collection<String> namespaces,
      Set<QualifiedName> excludedTables, List<List<Long>> printed) throws SQLException {
    List<String> statements = CatalogQueries.IN_ORDER;
    Array schemas = connection.createArrayOf("text", namespaces.toArray());
    try (PreparedStatement statement =
        connection.prepareStatement(CatalogDigest.digestsOf(statements))) {
      int at = 1;
      for (String sql : statements) {
        if (sql.equals(SharedDeparse.DEPARSE)) {
          at = SharedDeparse.bind(statement, at, printed);
        } else {
          for (Array parameter :
              CatalogQueries.parameters(connection, sql, schemas, excludedTables)) {
            statement.setArray(at++, parameter);
          }
        }
      }
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        List<String> parts = new ArrayList<>();
        for (int i = 1; i <= statements.size(); i++) {
          parts.add(row.getString(i));
        }
        return CatalogDigest.fingerprint(parts, row.getString(statements.size() + 1));
      }
    }
  }

  private Schema read(Connection connection, Collection<String> namespaces,
      Set<QualifiedName> excludedTables, CatalogDigest.Collector digests) throws SQLException {
    Scope scope = new Scope(connection.createArrayOf("text", namespaces.toArray()),
        excludedTables);
    List<String> existing = new ArrayList<>();
    List<EnumType> enums = new ArrayList<>();
    query(connection, scope, CatalogQueries.NAMESPACES, 3, digests, row -> {
      existing.add(row.getString(1));
      if (row.getString(2) != null) {
        enums.add(new EnumType(QualifiedName.of(row.getString(1), row.getString(2)),
            List.of((String[]) row.getArray(3).getArray())));
      }
    });

    Map<Long, Table.Builder> tables = new LinkedHashMap<>();
    Map<Long, Map<Integer, String>> comments = new HashMap<>();
    query(connection, scope, CatalogQueries.TABLES, 4, digests, row -> {
      Map<Integer, String> byNumber = comments(row.getArray(4));
      comments.put(row.getLong(1), byNumber);
      tables.put(row.getLong(1), Table.builder(QualifiedName.of(row.getString(2),
          row.getString(3))).comment(byNumber.get(0)));
    });
    Map<Long, Map<Integer, String>> columnNames = new HashMap<>();
    Map<Long, TreeMap<Integer, Supplier<Column>>> columns = new HashMap<>();
    SharedDeparse deparse = new SharedDeparse();
    query(connection, scope, CatalogQueries.COLUMNS, 10, digests, row -> {
      long table = row.getLong(1);
      columnNames.computeIfAbsent(table, t -> new HashMap<>())
          .put(row.getInt(2), row.getString(3));
      if (tables.containsKey(table)) {
        columns.computeIfAbsent(table, t -> new TreeMap<>()).put(row.getInt(2),
            column(row, deparse, comments.get(table).get(row.getInt(2))));
      }
    });
    query(connection, scope, CatalogQueries.CONSTRAINTS, 16, digests, row -> {
      Table.Builder builder = tables.get(row.getLong(1));
      if (builder != null) {
        Map<Integer, String> tableColumns = columnNames.get(row.getLong(1));
        List<String> keyColumns = names(tableColumns, row.getArray(4));
        List<String> targetColumns = row.getArray(8) == null ? List.of()
            : targetNames(connection, columnNames, row.getLong(7), row.getArray(8), digests);
        addConstraint(builder, row, keyColumns, targetColumns, tableColumns, deparse);
      }
    });
    query(connection, scope, CatalogQueries.INDEXES, 10, digests, row -> {
      Table.Builder builder = tables.get(row.getLong(1));
      if (builder != null) {
        Map<Integer, String> tableColumns = columnNames.get(row.getLong(1));
        Index index = index(row, tableColumns);
        String predicate = row.getString(9);
        if (predicate == null) {
          builder.index(index);
        } else {
          deparse.predicate(row.getLong(8), predicate, tableColumns,
              text -> builder.index(index.where(text)));
        }
      }
    });
    deparse.run(connection, digests);
    columns.forEach((table, byNumber) -> tables.get(table).columns(
        byNumber.values().stream().map(Supplier::get).toList()));
    List<Sequence> sequences = new ArrayList<>();
    query(connection, scope, CatalogQueries.SEQUENCES, 4, digests, row -> sequences.add(
        Sequence.of(row.getString(1), row.getString(2), row.getLong(3), row.getLong(4))));
    return new Schema(tables.values().stream().map(Table.Builder::build).toList(), sequences,
        existing, enums);
  }

  private static String settings(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(CatalogDigest.SETTINGS);
        ResultSet row = statement.executeQuery()) {
      row.next();
      return row.getString(1);
    }
  }

  /** A column, complete once {@code deparse} has printed its type and default. */
  private static Supplier<Column> column(ResultSet row, SharedDeparse deparse, String comment)
      throws SQLException {
    String identity = row.getString(7);
    Identity generation = switch (identity == null ? "" : identity) {
      case "d" -> Identity.BY_DEFAULT;
      case "a" -> Identity.ALWAYS;
      default -> Identity.NONE;
    };
    String name = row.getString(3);
    boolean nullable = !row.getBoolean(6);
    String generated = row.getString(8);
    String defaultTree = row.getString(10);
    Supplier<String> type = deparse.type(row.getLong(4), row.getInt(5));
    Supplier<String> defaultValue = defaultTree != null
        ? deparse.defaultValue(row.getLong(9), defaultTree) : () -> generated;
    return () -> new Column(name, ColumnType.of(type.get()), nullable, generation,
        defaultValue.get(), comment);
  }

  private static void addConstraint(Table.Builder table, ResultSet row, List<String> columns,
      List<String> targetColumns, Map<Integer, String> tableColumns, SharedDeparse deparse)
      throws SQLException {
    String name = row.getString(2);
    switch (row.getString(3)) {
      case "p" -> table.primaryKey(new PrimaryKey(name, columns));
      case "u" -> table.unique(new UniqueConstraint(name, columns));
      case "f" -> table.foreignKey(new ForeignKey(name, columns,
          QualifiedName.of(row.getString(5), row.getString(6)), targetColumns,
          ReferentialAction.fromCatalogCode(row.getString(9)),
          ReferentialAction.fromCatalogCode(row.getString(10)),
          Deferrability.of(row.getBoolean(11), row.getBoolean(12))));
      case "c" -> {
        // The flags pg_get_constraintdef prints beside the expression.
        String flags = row.getBoolean(14) + "," + row.getBoolean(15) + "," + row.getBoolean(11)
            + "," + row.getBoolean(12);
        deparse.check(row.getLong(13), row.getString(16), flags, tableColumns,
            definition -> table.check(new CheckConstraint(name, checkExpression(definition))));
      }
      default -> throw new IllegalStateException("unexpected constraint type " + row.getString(3));
    }
  }

  /**
   * An index with keys spelled as {@link Index} documents: a column name or a parenthesized
   * expression, plus its non-default ordering (indoption bit 0: DESC, bit 1: NULLS FIRST); its
   * predicate, if any, is added once deparsed.
   */
  private static Index index(ResultSet row, Map<Integer, String> columns) throws SQLException {
    int keyCount = row.getInt(4);
    Short[] keys = (Short[]) row.getArray(5).getArray();
    Short[] options = (Short[]) row.getArray(6).getArray();
    Array expressionArray = row.getArray(10);
    Object[] expressions = expressionArray == null ? null : (Object[]) expressionArray.getArray();
    List<String> spelled = new ArrayList<>(keyCount);
    for (int k = 0; k < keyCount; k++) {
      String key = keys[k] != 0 ? columns.get((int) keys[k]) : "(" + expressions[k] + ")";
      boolean descending = (options[k] & 1) != 0;
      boolean nullsFirst = (options[k] & 2) != 0;
      if (descending) {
        key += nullsFirst ? " DESC" : " DESC NULLS LAST";
      } else if (nullsFirst) {
        key += " NULLS FIRST";
      }
      spelled.add(key);
    }
    return new Index(row.getString(2), spelled, row.getBoolean(3), row.getString(7), null);
  }

  /** {@code 0:text} entries to text by number (0: the table, others: its columns). */
  private static Map<Integer, String> comments(Array entries) throws SQLException {
    Map<Integer, String> byNumber = new HashMap<>();
    for (String entry : (String[]) entries.getArray()) {
      int colon = entry.indexOf(':');
      byNumber.put(Integer.parseInt(entry.substring(0, colon)), entry.substring(colon + 1));
    }
    return byNumber;
  }

  /** {@code CHECK ((a > 0)) NOT VALID} to {@code (a > 0)}. */
  static String checkExpression(String definition) {
    String body = definition.strip();
    if (body.endsWith(" NOT VALID")) {
      body = body.substring(0, body.length() - " NOT VALID".length());
    }
    if (body.startsWith("CHECK (") && body.endsWith(")")) {
      body = body.substring("CHECK (".length(), body.length() - 1);
    }
    return body;
  }

  private static List<String> names(Map<Integer, String> columns, Array numbers)
      throws SQLException {
    if (numbers == null) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (Short number : (Short[]) numbers.getArray()) {
      names.add(columns.get((int) number));
    }
    return names;
  }

  /** Names of a foreign key's target columns, from the columns read or, rarely, a lookup. */
  private static List<String> targetNames(Connection connection,
      Map<Long, Map<Integer, String>> columnNames, long table, Array numbers,
      CatalogDigest.Collector digests) throws SQLException {
    Map<Integer, String> known = columnNames.get(table);
    if (known != null) {
      return names(known, numbers);
    }
    if (digests != null) {
      digests.readOutside();
    }
    List<String> names = new ArrayList<>();
    try (PreparedStatement lookup = connection.prepareStatement(COLUMN_NAMES)) {
      for (Short number : (Short[]) numbers.getArray()) {
        lookup.setLong(1, table);
        lookup.setShort(2, number);
        try (ResultSet row = lookup.executeQuery()) {
          row.next();
          names.add(row.getString(1));
        }
      }
    }
    return names;
  }

  /** What a read covers: the namespaces, as the statements' array, less the excluded tables. */
  private record Scope(Array schemas, Set<QualifiedName> excludedTables) {}

  private interface RowHandler {
    void accept(ResultSet row) throws SQLException;
  }

  /**
   * Runs {@code sql}, handing each row to {@code handler}; with {@code digests}, the statement
   * also digests its {@code columns}-column rows, in one extra row the handler never sees.
   */
  private static void query(Connection connection, Scope scope, String sql, int columns,
      CatalogDigest.Collector digests, RowHandler handler) throws SQLException {
    String text = digests == null ? sql : CatalogDigest.recording(sql, columns);
    try (PreparedStatement statement = connection.prepareStatement(text)) {
      Array[] parameters =
          CatalogQueries.parameters(connection, sql, scope.schemas(), scope.excludedTables());
      for (int i = 0; i < parameters.length; i++) {
        statement.setArray(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          String digest = digests == null ? null : rows.getString(columns + 1);
          if (digest != null) {
            digests.add(digest);
          } else {
            handler.accept(rows);
          }
        }
      }
    }
  }
}
