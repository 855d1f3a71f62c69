package io.pgwarden.intent.domain.resolve;

import io.pgwarden.contracts.intent.Aggregate;
import io.pgwarden.contracts.intent.Condition;
import io.pgwarden.contracts.intent.GroupKey;
import io.pgwarden.contracts.intent.Intent;
import io.pgwarden.contracts.intent.IntentType;
import io.pgwarden.contracts.intent.Ordering;
import io.pgwarden.contracts.intent.QuerySpec;
import io.pgwarden.intent.domain.assess.ComplexityAssessor;
import io.pgwarden.intent.domain.assess.RiskEstimator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a resolved read into the PRD's intent object. Entities are qualified names: {@code schema.table} for the
 * table, {@code schema.table.column} for each column the question uses.
 */
public final class ReadIntentBuilder {

    private final ComplexityAssessor complexities = new ComplexityAssessor();
    private final RiskEstimator risks = new RiskEstimator();

    public Intent build(ReadDraft draft) {
        String table = draft.table().qualifiedName();
        QuerySpec spec = QuerySpec.read(table, draft.columns(), draft.aggregate(), draft.conditions(),
                draft.orderBy(), draft.limit(), draft.distinct(), draft.groupKeys()).withHaving(draft.having());
        int tables = spec.tables().size();
        return new Intent(IntentType.SELECT, entities(draft), operations(draft), draft.conditions(),
                complexities.assess(IntentType.SELECT, tables, spec),
                risks.estimate(IntentType.SELECT, tables, RiskEstimator.Scope.FILTERED), spec, draft.confidence());
    }

    private static List<String> entities(ReadDraft draft) {
        String table = draft.table().qualifiedName();
        Set<String> entities = new LinkedHashSet<>();
        entities.add(table);
        draft.columns().forEach(column -> entities.add(table + "." + column));
        if (draft.aggregate() != null && draft.aggregate().column() != null) {
            entities.add(table + "." + draft.aggregate().column());
        }
        List<Condition> conditions = new ArrayList<>(draft.conditions());
        if (draft.aggregate() != null) {
            conditions.addAll(draft.aggregate().filter());
        }
        for (Condition condition : conditions) {
            // A NOT_EXISTS condition names a table, not a column.
            entities.add(condition.column() == null ? condition.table() : condition.table() + "." + condition.column());
        }
        for (Ordering ordering : draft.orderBy()) {
            if (ordering.column() != null) {
                entities.add(table + "." + ordering.column());
            }
        }
        for (GroupKey key : draft.groupKeys()) {
            entities.add(key.table() + "." + key.column());
        }
        return List.copyOf(entities);
    }

    private static List<String> operations(ReadDraft draft) {
        List<String> operations = new ArrayList<>();
        Aggregate aggregate = draft.aggregate();
        operations.add(aggregate == null ? "list" : aggregate.function() == Aggregate.Function.COUNT ? "count"
                : "aggregate");
        if (aggregate != null && (!draft.columns().isEmpty() || !draft.groupKeys().isEmpty())) {
            operations.add("group");
        }
        if (!draft.having().isEmpty()) {
            operations.add("having");
        }
        if (draft.distinct()) {
            operations.add("distinct");
        }
        if (draft.conditions().stream().anyMatch(c -> !c.table().equals(draft.table().qualifiedName())
                || c.via() != null) || draft.groupKeys().stream()
                        .anyMatch(k -> !k.table().equals(draft.table().qualifiedName()))) {
            operations.add("join");
        }
        if (!draft.conditions().isEmpty()) {
            operations.add("filter");
        }
        if (!draft.orderBy().isEmpty()) {
            operations.add("order");
        }
        if (draft.limit() != null) {
            operations.add("limit");
        }
        return operations;
    }
}
