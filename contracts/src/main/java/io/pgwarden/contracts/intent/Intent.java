package io.pgwarden.contracts.intent;

import java.util.List;

/**
 * The PRD's intent object: what the question asks for, grounded in the schema.
 *
 * @param intentType    SELECT, INSERT, UPDATE, DELETE, DDL or META
 * @param entities      the schema elements the question names (tables, columns)
 * @param operations    the operations it asks for, such as {@code filter}, {@code count}, {@code order}, {@code limit}
 * @param conditions    its filters
 * @param complexity    SIMPLE, MEDIUM or COMPLEX
 * @param estimatedRisk the risk estimated from the intent alone (impact-service measures the real one)
 * @param spec          the statement structure query-service builds from
 * @param confidence    how sure the engine is, from 0 to 1
 */
public record Intent(IntentType intentType, List<String> entities, List<String> operations,
        List<Condition> conditions, Complexity complexity, RiskLevel estimatedRisk, QuerySpec spec,
        double confidence) {

    public Intent {
        entities = List.copyOf(entities);
        operations = List.copyOf(operations);
        conditions = List.copyOf(conditions);
    }
}
