package dev.driftless.internal.catalog;

import dev.driftless.schema.QualifiedName;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * The statements {@link PostgresCatalogReader} reads the catalog with, and the parameters each
 * takes: one place for both, since the read and the fingerprint of the read run the same ones.
 * Why each is written the way it is stands beside it.
 */
final class CatalogQueries {
  // Enum types ride along with their namespace rather than costing a round trip of their own.
  static final String NAMESPACES = """
      SELECT n.nspname, t.typname,
             ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid
                   ORDER BY e.enumsortorder)
      FROM pg_namespace n
      LEFT JOIN pg_type t ON t.typnamespace = n.oid AND t.typtype = 'e'
      WHERE n.nspname = ANY (?)
      """;

  // The table's comment and its columns' comments, "number:text" (0 for the table), by one
  // probe of pg_description's index per table. As a join, on a database just migrated (catalog
  // statistics not yet analyzed) the planner estimated one comment and chose a nested loop over
  // every comment for every table or column: quadratic (815,108 comparisons at 300 tables).
  static final String TABLES = """
      SELECT c.oid, n.nspname, c.relname,
             ARRAY(SELECT d.objsubid || ':' || d.description FROM pg_description d
                   WHERE d.objoid = c.oid AND d.classoid = 'pg_class'::regclass)
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname = ANY (?)
        AND (n.nspname, c.relname) NOT IN (SELECT * FROM unnest(?::text[], ?::text[]))
      """;

  // Types and defaults are printed once per distinct one (SharedDeparse): here only their ids
  // and trees. A generated column's expression names columns, so it is deparsed here, with its
  // table. The default is probed by index for a column that has one (OFFSET 0 keeps the probe a
  // probe): joined, it risks the same quadratic plan as comments on unanalyzed catalogs.
  static final String COLUMNS = """
      SELECT c.oid, a.attnum, a.attname, a.atttypid, a.atttypmod,
             a.attnotnull, a.attidentity,
             CASE WHEN a.attgenerated <> '' THEN pg_get_expr(ad.adbin, ad.adrelid) END,
             ad.oid, CASE WHEN a.attgenerated = '' THEN ad.adbin::text END
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN LATERAL (SELECT ad.oid, ad.adbin, ad.adrelid FROM pg_attrdef ad
                         WHERE a.atthasdef AND ad.adrelid = a.attrelid AND ad.adnum = a.attnum
                         OFFSET 0) ad ON true
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname = ANY (?)
        AND a.attnum > 0 AND NOT a.attisdropped
      """;

  // A table's constraints live in its namespace (ALTER TABLE … SET SCHEMA moves them), so the
  // constraint's own namespace selects them without joining its table; rows of tables not read
  // (partitions, views' domains) are skipped here.
  static final String CONSTRAINTS = """
      SELECT con.conrelid, con.conname, con.contype, con.conkey,
             tn.nspname, tc.relname, con.confrelid, con.confkey,
             con.confdeltype, con.confupdtype, con.condeferrable, con.condeferred,
             con.oid, con.connoinherit, con.convalidated,
             CASE WHEN con.contype = 'c' THEN con.conbin::text END
      FROM pg_constraint con
      JOIN pg_namespace n ON n.oid = con.connamespace
      LEFT JOIN pg_class tc ON tc.oid = con.confrelid
      LEFT JOIN pg_namespace tn ON tn.oid = tc.relnamespace
      WHERE con.contype IN ('p', 'u', 'f', 'c') AND con.conrelid <> 0 AND n.nspname = ANY (?)
      """;

  // An index lives in its table's namespace, so the index's own namespace selects it without
  // joining its table; indexes of tables not read are skipped here.
  // Indexes that back a constraint belong to that constraint and are not listed on their own.
  // As NOT IN, a hash of those indexes is looked up per index: written as an outer join with
  // "IS NULL" or as NOT EXISTS, the anti-join was estimated at a few rows on a database just
  // migrated (catalog statistics not yet analyzed) and every index was then looked up in
  // pg_class, pg_am and pg_namespace one by one. (conindid is never null: NOT IN is exact.) The
  // hash holds only the namespaces' own constraints: one too large for work_mem would turn into
  // a scan per index, and a database of many tenant schemas has constraints by the hundred
  // thousand.
  static final String INDEXES = """
      SELECT ix.indrelid, i.relname, ix.indisunique, ix.indnkeyatts,
             ix.indkey::int2[], ix.indoption::int2[], am.amname, ix.indexrelid, ix.indpred::text,
             CASE WHEN 0 = ANY (ix.indkey::int2[]) THEN
               ARRAY(SELECT pg_get_indexdef(ix.indexrelid, k, true)
                     FROM generate_series(1, ix.indnkeyatts) k ORDER BY k) END
      FROM pg_index ix
      JOIN pg_class i ON i.oid = ix.indexrelid
      JOIN pg_namespace n ON n.oid = i.relnamespace
      JOIN pg_am am ON am.oid = i.relam
      WHERE n.nspname = ANY (?)
        AND ix.indexrelid NOT IN (SELECT con.conindid FROM pg_constraint con
                                  JOIN pg_namespace cn ON cn.oid = con.connamespace
                                  WHERE con.contype IN ('p', 'u', 'x')
                                    AND cn.nspname = ANY (?))
      """;

  // Identity columns own a sequence; it is part of the column, not a schema object of its own.
  static final String SEQUENCES = """
      SELECT n.nspname, c.relname, s.seqstart, s.seqincrement
      FROM pg_sequence s
      JOIN pg_class c ON c.oid = s.seqrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_depend d
        ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'i'
      WHERE n.nspname = ANY (?) AND d.objid IS NULL
      """;

  /** The statements a full read runs, in order; the fingerprint digests each in this order. */
  static final List<String> IN_ORDER = List.of(NAMESPACES, TABLES, COLUMNS, CONSTRAINTS,
      INDEXES, SharedDeparse.DEPARSE, SEQUENCES);

  private CatalogQueries() {}

  /**
   * The parameters of {@code sql} (one of these statements but the deparse query, whose
   * parameters {@link SharedDeparse} binds): the namespaces read, and for the tables query also
   * the excluded tables as two arrays, their schemas and their names.
   */
  static Array[] parameters(Connection connection, String sql, Array schemas,
      Set<QualifiedName> excludedTables) throws SQLException {
    if (sql.equals(TABLES)) {
      return new Array[] {schemas,
          connection.createArrayOf("text",
              excludedTables.stream().map(QualifiedName::schema).toArray()),
          connection.createArrayOf("text",
              excludedTables.stream().map(QualifiedName::name).toArray())};
    }
    return sql.equals(INDEXES) ? new Array[] {schemas, schemas} : new Array[] {schemas};
  }
}
