package io.pgwarden.intent.domain.assess;

import io.pgwarden.contracts.intent.Complexity;
import io.pgwarden.contracts.intent.IntentType;
import io.pgwarden.contracts.intent.QuerySpec;

/**
 * The PRD's complexity, which decides how much validation a request gets: one table with at most one filter and
 * no ordering is SIMPLE; more filters, an ordering, or any write is MEDIUM; several tables are COMPLEX.
 */
public final class ComplexityAssessor {

    public Complexity assess(IntentType type, int tables, QuerySpec spec) {
        if (tables > 1) {
            return Complexity.COMPLEX;
        }
        if (type.isWrite() || spec == null) {
            return Complexity.MEDIUM;
        }
        boolean simple = spec.conditions().size() <= 1 && spec.orderBy().isEmpty();
        return simple ? Complexity.SIMPLE : Complexity.MEDIUM;
    }
}
