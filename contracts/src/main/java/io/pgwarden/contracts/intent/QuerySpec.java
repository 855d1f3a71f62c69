package io.pgwarden.contracts.intent;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The structure of the statement the intent asks for, grounded in the schema, from which query-service builds SQL.
 *
 * @param table      the main table, as {@code schema.table}
 * @param columns    the columns to show; empty means the table's own columns
 * @param aggregate  an aggregate to compute instead of listing rows, or null
 * @param conditions filters, joined with AND
 * @param orderBy    ordering, in priority order
 * @param limit      at most this many rows, or null for the execution step's row limit
 * @param assignments  for an UPDATE, the columns it changes and how (empty otherwise); the rows are those the
 *                     conditions select, where a condition on another table selects through the foreign key to it
 * @param insertValues for an INSERT, the new row's values by column name, in column order (empty otherwise)
 * @param meta         for a question about the schema itself, what it asks (then {@code table} may be null);
 *                     null otherwise
 * @param distinct     for a list, true to show each distinct combination of the columns once
 *                     ("which states do customers come from")
 * @param groupBy      for an aggregate, further values it is computed for, after {@code columns}: a column of a
 *                     table the main table refers to, or a part of a date (empty otherwise)
 * @param having       for a grouped aggregate, comparisons its value must meet for a group to be kept
 *                     ("states with more than 10 customers"): SQL's HAVING (empty otherwise)
 */
public record QuerySpec(String table, List<String> columns, Aggregate aggregate, List<Condition> conditions,
        List<Ordering> orderBy, Integer limit, List<Assignment> assignments, Map<String, Object> insertValues,
        MetaRequest meta, boolean distinct, List<GroupKey> groupBy, List<Having> having) {

    public QuerySpec {
        having = having == null ? List.of() : List.copyOf(having);
        groupBy = groupBy == null ? List.of() : List.copyOf(groupBy);
        columns = columns == null ? List.of() : List.copyOf(columns);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        orderBy = orderBy == null ? List.of() : List.copyOf(orderBy);
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
        // Insertion order matters (the INSERT lists columns in it); values may be null (an explicit NULL).
        insertValues = insertValues == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(insertValues));
    }

    /** The fields before conditions on grouped values. */
    public QuerySpec(String table, List<String> columns, Aggregate aggregate, List<Condition> conditions,
            List<Ordering> orderBy, Integer limit, List<Assignment> assignments, Map<String, Object> insertValues,
            MetaRequest meta, boolean distinct, List<GroupKey> groupBy) {
        this(table, columns, aggregate, conditions, orderBy, limit, assignments, insertValues, meta, distinct,
                groupBy, List.of());
    }

    /** A read: the fields every spec had before writes and meta-questions. */
    public QuerySpec(String table, List<String> columns, Aggregate aggregate, List<Condition> conditions,
            List<Ordering> orderBy, Integer limit) {
        this(table, columns, aggregate, conditions, orderBy, limit, List.of(), Map.of(), null);
    }

    /** The fields before distinct lists and group keys. */
    public QuerySpec(String table, List<String> columns, Aggregate aggregate, List<Condition> conditions,
            List<Ordering> orderBy, Integer limit, List<Assignment> assignments, Map<String, Object> insertValues,
            MetaRequest meta) {
        this(table, columns, aggregate, conditions, orderBy, limit, assignments, insertValues, meta, false,
                List.of());
    }

    /** A read with distinct rows or group keys. */
    public static QuerySpec read(String table, List<String> columns, Aggregate aggregate, List<Condition> conditions,
            List<Ordering> orderBy, Integer limit, boolean distinct, List<GroupKey> groupBy) {
        return new QuerySpec(table, columns, aggregate, conditions, orderBy, limit, List.of(), Map.of(), null,
                distinct, groupBy);
    }

    /** This spec with {@code having} as its conditions on grouped values. */
    public QuerySpec withHaving(List<Having> having) {
        return new QuerySpec(table, columns, aggregate, conditions, orderBy, limit, assignments, insertValues, meta,
                distinct, groupBy, having);
    }

    /** An UPDATE of the rows the conditions select. */
    public static QuerySpec update(String table, List<Assignment> assignments, List<Condition> conditions) {
        return new QuerySpec(table, List.of(), null, conditions, List.of(), null, assignments, Map.of(), null);
    }

    /** A DELETE of the rows the conditions select; no condition means every row. */
    public static QuerySpec delete(String table, List<Condition> conditions) {
        return new QuerySpec(table, List.of(), null, conditions, List.of(), null, List.of(), Map.of(), null);
    }

    /** An INSERT of one row. */
    public static QuerySpec insert(String table, Map<String, Object> values) {
        return new QuerySpec(table, List.of(), null, List.of(), List.of(), null, List.of(), values, null);
    }

    /** A question about the schema itself. */
    public static QuerySpec meta(MetaRequest meta) {
        String main = meta.tables().isEmpty() ? null : meta.tables().get(0);
        return new QuerySpec(main, List.of(), null, List.of(), List.of(), null, List.of(), Map.of(), meta);
    }

    /**
     * The tables the spec touches: the main table, the tables of its conditions and group keys, or for a
     * meta-question the tables it names.
     */
    public List<String> tables() {
        if (meta != null) {
            return meta.tables();
        }
        Stream<String> filters = aggregate == null ? Stream.empty()
                : aggregate.filter().stream().map(Condition::table);
        return Stream.of(Stream.of(table), conditions.stream().map(Condition::table), filters,
                groupBy.stream().map(GroupKey::table)).flatMap(s -> s).distinct().toList();
    }
}
