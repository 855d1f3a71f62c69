package io.pgwarden.intent.domain.resolve;

import io.pgwarden.contracts.intent.Aggregate;
import io.pgwarden.contracts.intent.Condition;
import io.pgwarden.contracts.intent.GroupKey;
import io.pgwarden.contracts.intent.Having;
import io.pgwarden.contracts.intent.Ordering;
import io.pgwarden.contracts.schema.TableInfo;
import java.util.List;

/**
 * A read the engine fully understood, grounded in one main table and the tables linked to it.
 *
 * @param table      the table the question is about
 * @param aggregate  the count or aggregate to compute instead of listing rows, or null to list them
 * @param columns    the columns asked for, or the columns an aggregate is computed for; empty for all
 * @param conditions the filters, joined with AND; a filter on another table selects through foreign keys
 * @param orderBy    the ordering asked for
 * @param limit      the number of rows asked for, or null
 * @param confidence how sure the engine is, from 0 to 1
 * @param distinct   true to list each distinct row once
 * @param groupKeys  further group keys: columns of linked tables, parts of dates
 * @param having     comparisons the aggregate of each group must meet ("states with more than 10 customers")
 */
public record ReadDraft(TableInfo table, Aggregate aggregate, List<String> columns, List<Condition> conditions,
        List<Ordering> orderBy, Integer limit, double confidence, boolean distinct, List<GroupKey> groupKeys,
        List<Having> having) {

    public ReadDraft {
        having = List.copyOf(having);
        columns = List.copyOf(columns);
        conditions = List.copyOf(conditions);
        orderBy = List.copyOf(orderBy);
        groupKeys = List.copyOf(groupKeys);
    }

    public ReadDraft(TableInfo table, Aggregate aggregate, List<String> columns, List<Condition> conditions,
            List<Ordering> orderBy, Integer limit, double confidence) {
        this(table, aggregate, columns, conditions, orderBy, limit, confidence, false, List.of());
    }

    public ReadDraft(TableInfo table, Aggregate aggregate, List<String> columns, List<Condition> conditions,
            List<Ordering> orderBy, Integer limit, double confidence, boolean distinct, List<GroupKey> groupKeys) {
        this(table, aggregate, columns, conditions, orderBy, limit, confidence, distinct, groupKeys, List.of());
    }
}
