package io.pgwarden.intent.llm;

import io.pgwarden.contracts.intent.Complexity;
import io.pgwarden.contracts.intent.GeneratedSql;
import io.pgwarden.contracts.intent.Intent;
import io.pgwarden.contracts.intent.IntentType;
import io.pgwarden.contracts.intent.QuerySpec;
import io.pgwarden.contracts.plan.WorkflowPlan;
import io.pgwarden.contracts.schema.TableInfo;
import io.pgwarden.contracts.sql.StatementKind;
import io.pgwarden.intent.domain.Understanding;
import io.pgwarden.intent.domain.assess.RiskEstimator;
import io.pgwarden.intent.llm.validate.Verdict;
import java.util.List;

/**
 * Turns an accepted statement into the intent and plan the rest of the system expects. The kind comes from our
 * parser: a write answers a question only through impact analysis and approval, whatever the question said.
 */
final class LlmIntents {

    /** Lower than the deterministic engine's: a model's reading of a question is a guess the validation narrowed. */
    static final double CONFIDENCE = 0.5;

    private final RiskEstimator risks = new RiskEstimator();

    Understanding.Understood understood(Verdict.Accepted accepted, String explanation) {
        IntentType type = typeOf(accepted.kind());
        List<String> tables = accepted.tables().stream().map(TableInfo::qualifiedName).toList();
        // schema-service grounds the main table; the statement itself is carried in `generated`.
        QuerySpec spec = new QuerySpec(tables.get(0), null, null, null, null, null);
        RiskEstimator.Scope scope = !type.isWrite() || accepted.hasWhereClause() ? RiskEstimator.Scope.FILTERED
                : RiskEstimator.Scope.ALL_ROWS;
        Intent intent = new Intent(type, tables, List.of("llm"), List.of(), complexity(tables.size()),
                risks.estimate(type, tables.size(), scope), spec, CONFIDENCE,
                new GeneratedSql(accepted.sql(), accepted.parameters(), explanation));
        WorkflowPlan plan = type.isWrite() ? WorkflowPlan.writeFromQuestion() : WorkflowPlan.readFromQuestion();
        return new Understanding.Understood(intent, plan);
    }

    static IntentType typeOf(StatementKind kind) {
        return switch (kind) {
            case READ -> IntentType.SELECT;
            case INSERT -> IntentType.INSERT;
            case DELETE -> IntentType.DELETE;
            case UPDATE, MERGE -> IntentType.UPDATE;
            default -> throw new IllegalArgumentException("not a statement an intent can carry: " + kind);
        };
    }

    private static Complexity complexity(int tables) {
        if (tables <= 1) {
            return Complexity.SIMPLE;
        }
        return tables <= 3 ? Complexity.MEDIUM : Complexity.COMPLEX;
    }
}
