package io.pgwarden.deploy.e2e;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything a statement could have changed in a database, as named facts: every table's rows (count and checksum),
 * every sequence's position, the relations, columns, triggers, functions and schemas with their owners, rights and
 * comments, the roles and their memberships, per-database and per-role settings, ALTER SYSTEM settings, large
 * objects, prepared transactions, replication slots and extensions. Two fingerprints taken before and after a run
 * are equal exactly when none of these changed; {@link #differencesFrom} names what did.
 *
 * <p>Taken with a superuser login, so that nothing is hidden by missing rights.
 */
record DatabaseFingerprint(SortedMap<String, String> facts) {

    private static final String USER_NAMESPACES = """
            n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'
            """;

    /** Each query yields (fact name, fact value) rows. */
    private static final List<String> CATALOG_FACTS = List.of(
            // Relations of every kind, including temporary ones a pooled session might keep alive.
            """
            SELECT 'relation ' || format('%I.%I', n.nspname, c.relname),
                   concat_ws(' ', c.relkind, pg_get_userbyid(c.relowner), c.relacl::text,
                             c.relrowsecurity, obj_description(c.oid, 'pg_class'),
                             (SELECT string_agg(format('%I %s', a.attname, format_type(a.atttypid, a.atttypmod)),
                                                ', ' ORDER BY a.attnum)
                                FROM pg_attribute a
                               WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped))
              FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE""" + " " + USER_NAMESPACES,
            """
            SELECT 'schema ' || n.nspname, concat_ws(' ', pg_get_userbyid(n.nspowner), n.nspacl::text)
              FROM pg_namespace n
            """,
            """
            SELECT 'sequence ' || format('%I.%I', schemaname, sequencename), coalesce(last_value::text, 'unused')
              FROM pg_sequences
            """,
            """
            SELECT 'function ' || p.oid::regprocedure::text,
                   concat_ws(' ', pg_get_userbyid(p.proowner), p.proacl::text, md5(p.prosrc))
              FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE""" + " " + USER_NAMESPACES,
            """
            SELECT 'trigger ' || t.tgrelid::regclass::text || ' ' || t.tgname, t.tgenabled::text
              FROM pg_trigger t
             WHERE NOT t.tgisinternal
            """,
            """
            SELECT 'role ' || rolname,
                   concat_ws(' ', rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin, rolreplication,
                             rolbypassrls, rolconnlimit, rolvaliduntil)
              FROM pg_roles
            """,
            """
            SELECT 'membership ' || pg_get_userbyid(roleid) || ' > ' || pg_get_userbyid(member),
                   concat_ws(' ', admin_option, inherit_option, set_option)
              FROM pg_auth_members
            """,
            """
            SELECT 'setting ' || coalesce(d.datname, '*') || '/' || coalesce(r.rolname, '*'),
                   array_to_string(s.setconfig, ', ')
              FROM pg_db_role_setting s
              LEFT JOIN pg_database d ON d.oid = s.setdatabase
              LEFT JOIN pg_roles r ON r.oid = s.setrole
            """,
            """
            SELECT 'database ' || datname, concat_ws(' ', pg_get_userbyid(datdba), datallowconn, datacl::text)
              FROM pg_database
            """,
            """
            SELECT 'file setting ' || sourcefile || ' ' || name, coalesce(setting, '')
              FROM pg_file_settings
            """,
            """
            SELECT 'large objects', count(*)::text FROM pg_largeobject_metadata
            """,
            """
            SELECT 'prepared transaction ' || gid, owner::text FROM pg_prepared_xacts
            """,
            """
            SELECT 'replication slot ' || slot_name, slot_type FROM pg_replication_slots
            """,
            """
            SELECT 'extension ' || extname, extversion FROM pg_extension
            """);

    private static final String TABLES = """
            SELECT format('%I.%I', n.nspname, c.relname)
              FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE c.relkind IN ('r', 'p', 'm') AND c.relpersistence <> 't' AND""" + " " + USER_NAMESPACES;

    DatabaseFingerprint {
        facts = Collections.unmodifiableSortedMap(new TreeMap<>(facts));
    }

    static DatabaseFingerprint of(Connection superuser) throws SQLException {
        SortedMap<String, String> facts = new TreeMap<>();
        try (Statement statement = superuser.createStatement()) {
            for (String query : CATALOG_FACTS) {
                try (ResultSet rows = statement.executeQuery(query)) {
                    while (rows.next()) {
                        facts.merge(rows.getString(1), String.valueOf(rows.getString(2)), (a, b) -> a + " | " + b);
                    }
                }
            }
            for (String table : tables(statement)) {
                facts.put("rows " + table, rowsOf(statement, table));
            }
        }
        return new DatabaseFingerprint(facts);
    }

    private static List<String> tables(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(TABLES)) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /**
     * Count and checksum of a table's rows in a total order (their text form), so any changed, added or removed
     * row changes it. The name comes from the catalog, already quoted by format('%I.%I'): it is not a value.
     */
    private static String rowsOf(Statement statement, String table) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT count(*), md5(coalesce(string_agg(t::text, '|'"
                + " ORDER BY t::text), '')) FROM " + table + " t")) {
            rows.next();
            return rows.getLong(1) + " rows, md5 " + rows.getString(2);
        }
    }

    /** @return one line per fact added, removed or changed since {@code before}; empty when nothing changed */
    List<String> differencesFrom(DatabaseFingerprint before) {
        List<String> differences = new ArrayList<>();
        for (String name : new TreeSet<>(union(before.facts, facts))) {
            String old = before.facts.get(name);
            String now = facts.get(name);
            if (old == null) {
                differences.add("new      " + name + " = " + now);
            } else if (now == null) {
                differences.add("gone     " + name + " (was " + old + ")");
            } else if (!old.equals(now)) {
                differences.add("changed  " + name + ": " + old + " -> " + now);
            }
        }
        return differences;
    }

    private static TreeSet<String> union(Map<String, String> a, Map<String, String> b) {
        TreeSet<String> names = new TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        return names;
    }
}
