package io.pgwarden.intent.domain.write;

import io.pgwarden.contracts.intent.Assignment;
import io.pgwarden.contracts.intent.Condition;
import io.pgwarden.contracts.intent.Intent;
import io.pgwarden.contracts.intent.IntentType;
import io.pgwarden.contracts.intent.QuerySpec;
import io.pgwarden.contracts.plan.WorkflowPlan;
import io.pgwarden.intent.domain.Understanding;
import io.pgwarden.intent.domain.assess.ComplexityAssessor;
import io.pgwarden.intent.domain.assess.RiskEstimator;
import io.pgwarden.intent.domain.classify.StatementClassifier.Classification;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a grounded write into the PRD's intent object, planned through impact analysis and approval: a write from
 * plain language never goes straight to execution.
 */
final class WriteIntents {

    private static final double NAMED = 0.95;
    private static final double INFERRED = 0.8;
    private static final double LEADING_VERB_PENALTY = 0.1;

    private final ComplexityAssessor complexities = new ComplexityAssessor();
    private final RiskEstimator risks = new RiskEstimator();

    Understanding understood(Classification classification, WriteDraft draft) {
        IntentType type = classification.type();
        QuerySpec spec = draft.spec();
        int tables = spec.tables().size();
        RiskEstimator.Scope scope = spec.conditions().isEmpty() && type != IntentType.INSERT
                ? RiskEstimator.Scope.ALL_ROWS : RiskEstimator.Scope.FILTERED;
        double confidence = (draft.named() ? NAMED : INFERRED)
                - (classification.explicit() ? 0 : LEADING_VERB_PENALTY);
        Intent intent = new Intent(type, entities(spec), operations(type, spec), spec.conditions(),
                complexities.assess(type, tables, spec), risks.estimate(type, tables, scope), spec,
                Math.round(confidence * 100) / 100.0);
        return new Understanding.Understood(intent, WorkflowPlan.writeFromQuestion());
    }

    private static List<String> entities(QuerySpec spec) {
        Set<String> entities = new LinkedHashSet<>();
        entities.add(spec.table());
        for (Assignment assignment : spec.assignments()) {
            entities.add(spec.table() + "." + assignment.column());
        }
        spec.insertValues().keySet().forEach(column -> entities.add(spec.table() + "." + column));
        for (Condition condition : spec.conditions()) {
            entities.add(condition.table() + "." + condition.column());
        }
        return List.copyOf(entities);
    }

    private static List<String> operations(IntentType type, QuerySpec spec) {
        List<String> operations = new ArrayList<>();
        operations.add(type.name().toLowerCase(Locale.ROOT));
        spec.assignments().stream().map(a -> a.operation().name().toLowerCase(Locale.ROOT)).distinct()
                .forEach(operations::add);
        if (!spec.conditions().isEmpty()) {
            operations.add("filter");
        }
        if (spec.conditions().stream().anyMatch(c -> !c.table().equals(spec.table()))) {
            operations.add("join");
        }
        return operations;
    }
}
