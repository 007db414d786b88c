package dev.driftless.catalog;

import dev.driftless.schema.CheckConstraint;
import dev.driftless.schema.Column;
import dev.driftless.schema.ColumnType;
import dev.driftless.schema.Deferrability;
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
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a live PostgreSQL database into the same {@link Schema} model the entities produce.
 *
 * <p>It runs six catalog queries whatever the number of tables: namespaces, tables, columns, constraints
 * (primary, unique, foreign and check), indexes, sequences. Types come from {@code format_type()}, the spelling {@link ColumnType} uses.
 */
public final class PostgresCatalogReader {

  private static final String NAMESPACES = """
      SELECT nspname FROM pg_namespace WHERE nspname = ANY (?)
      """;

  private static final String TABLES = """
      SELECT n.nspname, c.relname, obj_description(c.oid, 'pg_class')
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname = ANY (?)
      """;

  private static final String COLUMNS = """
      SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
             a.attnotnull, a.attidentity, pg_get_expr(d.adbin, d.adrelid),
             col_description(c.oid, a.attnum)
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname = ANY (?)
        AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY n.nspname, c.relname, a.attnum
      """;

  private static final String CONSTRAINTS = """
      SELECT n.nspname, c.relname, con.conname, con.contype,
             ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
                   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num
                   ORDER BY k.ord),
             tn.nspname, tc.relname,
             ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
                   JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num
                   ORDER BY k.ord),
             con.confdeltype, con.confupdtype, con.condeferrable, con.condeferred,
             pg_get_constraintdef(con.oid, true)
      FROM pg_constraint con
      JOIN pg_class c ON c.oid = con.conrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_class tc ON tc.oid = con.confrelid
      LEFT JOIN pg_namespace tn ON tn.oid = tc.relnamespace
      WHERE con.contype IN ('p', 'u', 'f', 'c') AND n.nspname = ANY (?)
      """;

  // Indexes that back a constraint belong to that constraint and are not listed on their own.
  // A key is a column name or a parenthesized expression, with its non-default ordering
  // (indoption bit 0: DESC, bit 1: NULLS FIRST), spelled as Index documents.
  private static final String INDEXES = """
      SELECT n.nspname, t.relname, i.relname, ix.indisunique,
             ARRAY(SELECT CASE WHEN ix.indkey[k - 1] <> 0 THEN a.attname
                          ELSE '(' || pg_get_indexdef(ix.indexrelid, k, true) || ')' END
                       || CASE WHEN ix.indoption[k - 1] & 1 = 1
                          THEN ' DESC' || CASE WHEN ix.indoption[k - 1] & 2 = 2 THEN ''
                                               ELSE ' NULLS LAST' END
                          ELSE CASE WHEN ix.indoption[k - 1] & 2 = 2 THEN ' NULLS FIRST'
                                    ELSE '' END END
                   FROM generate_series(1, ix.indnkeyatts) k
                   LEFT JOIN pg_attribute a
                     ON a.attrelid = ix.indrelid AND a.attnum = ix.indkey[k - 1]
                   ORDER BY k),
             am.amname, pg_get_expr(ix.indpred, ix.indrelid, true)
      FROM pg_index ix
      JOIN pg_class i ON i.oid = ix.indexrelid
      JOIN pg_am am ON am.oid = i.relam
      JOIN pg_class t ON t.oid = ix.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = ANY (?) AND t.relkind IN ('r', 'p')
        AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = ix.indexrelid
                        AND con.contype IN ('p', 'u', 'x'))
      """;

  // Identity columns own a sequence; it is part of the column, not a schema object of its own.
  private static final String SEQUENCES = """
      SELECT n.nspname, c.relname, s.seqstart, s.seqincrement
      FROM pg_sequence s
      JOIN pg_class c ON c.oid = s.seqrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ANY (?)
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                        AND d.objid = c.oid AND d.deptype = 'i')
      """;

  /**
   * Reads the tables and sequences of {@code namespaces}, leaving out {@code excludedTables}
   * (such as the version table).
   */
  public Schema read(Connection connection, Collection<String> namespaces,
      Set<QualifiedName> excludedTables) throws SQLException {
    Array schemas = connection.createArrayOf("text", namespaces.toArray());
    List<String> existing = new ArrayList<>();
    query(connection, NAMESPACES, schemas, row -> existing.add(row.getString(1)));
    Map<QualifiedName, Table.Builder> tables = new LinkedHashMap<>();
    query(connection, TABLES, schemas, row -> {
      QualifiedName name = QualifiedName.of(row.getString(1), row.getString(2));
      if (!excludedTables.contains(name)) {
        tables.put(name, Table.builder(name).comment(row.getString(3)));
      }
    });
    query(connection, COLUMNS, schemas, row -> {
      Table.Builder table = tables.get(QualifiedName.of(row.getString(1), row.getString(2)));
      if (table != null) {
        table.column(column(row));
      }
    });
    query(connection, CONSTRAINTS, schemas, row -> {
      Table.Builder table = tables.get(QualifiedName.of(row.getString(1), row.getString(2)));
      if (table != null) {
        addConstraint(table, row);
      }
    });
    query(connection, INDEXES, schemas, row -> {
      Table.Builder table = tables.get(QualifiedName.of(row.getString(1), row.getString(2)));
      if (table != null) {
        table.index(new Index(row.getString(3), strings(row.getArray(5)), row.getBoolean(4),
            row.getString(6), row.getString(7)));
      }
    });
    List<Sequence> sequences = new ArrayList<>();
    query(connection, SEQUENCES, schemas, row -> sequences.add(
        Sequence.of(row.getString(1), row.getString(2), row.getLong(3), row.getLong(4))));
    return new Schema(tables.values().stream().map(Table.Builder::build).toList(), sequences,
        existing);
  }

  private static Column column(ResultSet row) throws SQLException {
    String identity = row.getString(6);
    Identity generation = switch (identity == null ? "" : identity) {
      case "d" -> Identity.BY_DEFAULT;
      case "a" -> Identity.ALWAYS;
      default -> Identity.NONE;
    };
    return new Column(row.getString(3), ColumnType.of(row.getString(4)), !row.getBoolean(5),
        generation, row.getString(7), row.getString(8));
  }

  private static void addConstraint(Table.Builder table, ResultSet row) throws SQLException {
    String name = row.getString(3);
    List<String> columns = strings(row.getArray(5));
    switch (row.getString(4)) {
      case "p" -> table.primaryKey(new PrimaryKey(name, columns));
      case "u" -> table.unique(new UniqueConstraint(name, columns));
      case "f" -> table.foreignKey(new ForeignKey(name, columns,
          QualifiedName.of(row.getString(6), row.getString(7)), strings(row.getArray(8)),
          ReferentialAction.fromCatalogCode(row.getString(9)),
          ReferentialAction.fromCatalogCode(row.getString(10)),
          Deferrability.of(row.getBoolean(11), row.getBoolean(12))));
      case "c" -> table.check(new CheckConstraint(name, checkExpression(row.getString(13))));
      default -> throw new IllegalStateException("unexpected constraint type " + row.getString(4));
    }
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

  private static List<String> strings(Array array) throws SQLException {
    return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
  }

  private interface RowHandler {
    void accept(ResultSet row) throws SQLException;
  }

  private static void query(Connection connection, String sql, Array schemas, RowHandler handler)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setArray(1, schemas);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          handler.accept(rows);
        }
      }
    }
  }
}
