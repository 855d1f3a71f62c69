package io.pgwarden.intent.domain.resolve;

import io.pgwarden.contracts.intent.Condition;
import io.pgwarden.contracts.intent.Operator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins equality filters on one column into one IN filter: "customers from California and Texas" can only mean
 * customers from either state, since no row is in both. Likewise "not in Texas or Ohio" becomes one NOT IN.
 */
final class ConditionMerger {

    private ConditionMerger() {
    }

    static List<Condition> merge(List<Condition> conditions) {
        Map<String, List<Object>> valuesByColumn = new LinkedHashMap<>();
        Map<String, Condition> firstByColumn = new LinkedHashMap<>();
        List<Condition> others = new ArrayList<>();
        for (Condition condition : conditions) {
            if (condition.operator() != Operator.EQ && condition.operator() != Operator.NE) {
                others.add(condition);
                continue;
            }
            String key = condition.operator() + "|" + condition.table() + "." + condition.column() + "|"
                    + condition.via();
            firstByColumn.putIfAbsent(key, condition);
            List<Object> values = valuesByColumn.computeIfAbsent(key, k -> new ArrayList<>());
            if (!values.contains(condition.values().get(0))) {
                values.add(condition.values().get(0));
            }
        }
        List<Condition> merged = new ArrayList<>();
        firstByColumn.forEach((key, first) -> {
            List<Object> values = valuesByColumn.get(key);
            Operator several = first.operator() == Operator.EQ ? Operator.IN : Operator.NOT_IN;
            merged.add(values.size() == 1 ? first
                    : new Condition(first.table(), first.column(), several, values, first.via()));
        });
        merged.addAll(others);
        return merged;
    }
}
