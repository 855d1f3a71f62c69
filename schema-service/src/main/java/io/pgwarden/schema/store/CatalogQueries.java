package io.pgwarden.schema.store;

/**
 * Catalog queries against the target database. Only relations the connected role may SELECT are listed, so the
 * catalog never shows what a user could not query anyway.
 */
final class CatalogQueries {

    private CatalogQueries() {
    }

    /** Excluded schemas come as a text[] parameter. */
    static final String RELATIONS = """
            SELECT n.nspname AS schema_name, c.relname AS table_name, c.relkind::text AS kind,
                   obj_description(c.oid, 'pg_class') AS comment, c.reltuples::bigint AS estimated_rows
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'v', 'm', 'p')
              AND NOT c.relispartition
              AND n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND n.nspname NOT LIKE 'pg\\_%'
              AND n.nspname <> ALL (?::text[])
              AND has_table_privilege(c.oid, 'SELECT')
            ORDER BY 1, 2
            """;

    static final String COLUMNS = """
            SELECT n.nspname AS schema_name, c.relname AS table_name, a.attname AS column_name,
                   format_type(a.atttypid, a.atttypmod) AS data_type,
                   coalesce(bt.typcategory, t.typcategory)::text AS category,
                   coalesce(bt.typname, t.typname) AS type_name,
                   NOT a.attnotnull AS nullable, col_description(c.oid, a.attnum) AS comment,
                   (a.atthasdef OR a.attidentity <> '' OR a.attgenerated <> '') AS has_default,
                   CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END AS default_expression
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_type bt ON t.typtype = 'd' AND bt.oid = t.typbasetype
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE a.attnum > 0 AND NOT a.attisdropped
              AND c.relkind IN ('r', 'v', 'm', 'p')
              AND n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND n.nspname NOT LIKE 'pg\\_%'
              AND n.nspname <> ALL (?::text[])
            ORDER BY n.nspname, c.relname, a.attnum
            """;

    /**
     * Primary, foreign, unique and check constraints with their columns in key order; {@code definition} is the
     * constraint's text, used for checks.
     */
    static final String CONSTRAINTS = """
            SELECT n.nspname AS schema_name, c.relname AS table_name, con.conname AS name,
                   con.contype::text AS type,
                   array(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
                         JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num
                         ORDER BY k.ord) AS columns,
                   rn.nspname AS ref_schema, rc.relname AS ref_table,
                   array(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
                         JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num
                         ORDER BY k.ord) AS ref_columns,
                   con.confdeltype::text AS on_delete, con.confupdtype::text AS on_update,
                   pg_get_constraintdef(con.oid) AS definition
            FROM pg_constraint con
            JOIN pg_class c ON c.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class rc ON rc.oid = con.confrelid
            LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
            WHERE con.contype IN ('p', 'f', 'u', 'c')
              AND n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND n.nspname NOT LIKE 'pg\\_%'
              AND n.nspname <> ALL (?::text[])
            ORDER BY 1, 2, 3
            """;

    /**
     * Indexes with their key columns in order (an expression key as its text), whether they are unique and their
     * access method. Included columns of a covering index are not keys and are left out.
     */
    static final String INDEXES = """
            SELECT n.nspname AS schema_name, c.relname AS table_name, i.relname AS index_name,
                   x.indisunique AS is_unique, am.amname AS method,
                   array(SELECT pg_get_indexdef(x.indexrelid, k.ord, true)
                         FROM generate_series(1, x.indnkeyatts::int) k(ord) ORDER BY k.ord) AS columns
            FROM pg_index x
            JOIN pg_class c ON c.oid = x.indrelid
            JOIN pg_class i ON i.oid = x.indexrelid
            JOIN pg_am am ON am.oid = i.relam
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND n.nspname NOT LIKE 'pg\\_%'
              AND n.nspname <> ALL (?::text[])
            ORDER BY 1, 2, 3
            """;

    /**
     * pg_stats n_distinct (positive is a count, negative a fraction of the rows) and the first most common values
     * as text (the array's text form read back as text[] works for any element type). pg_stats shows only columns
     * the connected role may read, so the statistics never reveal values a user could not query. The first
     * parameter is how many common values to keep, the second the excluded schemas.
     */
    static final String DISTINCT_ESTIMATES = """
            SELECT schemaname, tablename, attname, n_distinct,
                   (most_common_vals::text::text[])[1:?] AS common_values
            FROM pg_stats
            WHERE schemaname NOT IN ('pg_catalog', 'information_schema')
              AND schemaname <> ALL (?::text[])
            ORDER BY inherited DESC
            """;

    /**
     * A structure fingerprint: any change of a relation, column, type, key, constraint or index changes it. Cheap
     * enough to poll.
     */
    static final String FINGERPRINT = """
            SELECT md5(coalesce(string_agg(line, E'\\n' ORDER BY line), '')) FROM (
                SELECT format('%s.%s:%s', n.nspname, c.relname, c.relkind) AS line
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind IN ('r', 'v', 'm', 'p')
                  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
                UNION ALL
                SELECT format('%s.%s.%s:%s:%s', n.nspname, c.relname, a.attname,
                              format_type(a.atttypid, a.atttypmod), a.attnotnull)
                FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'v', 'm', 'p')
                  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
                UNION ALL
                SELECT format('%s.%s#%s:%s', n.nspname, c.relname, con.conname, pg_get_constraintdef(con.oid))
                FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
                UNION ALL
                SELECT format('%s.%s!%s', n.nspname, c.relname, pg_get_indexdef(x.indexrelid))
                FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
            ) structure
            """;
}
