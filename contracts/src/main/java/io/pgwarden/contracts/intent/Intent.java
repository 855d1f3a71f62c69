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
 * @param generated     SQL the LLM path already wrote and validated for this intent, or null when query-service
 *                      builds the statement from {@code spec} (the deterministic engine; older producers)
 */
public record Intent(IntentType intentType, List<String> entities, List<String> operations,
        List<Condition> conditions, Complexity complexity, RiskLevel estimatedRisk, QuerySpec spec,
        double confidence, GeneratedSql generated) {

    public Intent {
        entities = List.copyOf(entities);
        operations = List.copyOf(operations);
        conditions = List.copyOf(conditions);
    }

    /** An intent query-service builds from its spec: the fields every intent had before the LLM path. */
    public Intent(IntentType intentType, List<String> entities, List<String> operations, List<Condition> conditions,
            Complexity complexity, RiskLevel estimatedRisk, QuerySpec spec, double confidence) {
        this(intentType, entities, operations, conditions, complexity, estimatedRisk, spec, confidence, null);
    }
}
