package io.pgwarden.intent.domain.assess;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.contracts.intent.Complexity;
import io.pgwarden.contracts.intent.Condition;
import io.pgwarden.contracts.intent.IntentType;
import io.pgwarden.contracts.intent.Operator;
import io.pgwarden.contracts.intent.Ordering;
import io.pgwarden.contracts.intent.QuerySpec;
import io.pgwarden.contracts.intent.RiskLevel;
import io.pgwarden.intent.domain.assess.RiskEstimator.Scope;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskAndComplexityTest {

    private final RiskEstimator risks = new RiskEstimator();
    private final ComplexityAssessor complexities = new ComplexityAssessor();

    @ParameterizedTest
    @CsvSource({"SELECT,1,ALL_ROWS,LOW", "META,1,ALL_ROWS,LOW", "INSERT,1,ALL_ROWS,MEDIUM",
            "UPDATE,1,FILTERED,MEDIUM", "UPDATE,1,ALL_ROWS,HIGH", "DELETE,1,FILTERED,HIGH",
            "DELETE,1,ALL_ROWS,CRITICAL", "UPDATE,2,FILTERED,HIGH", "DELETE,2,FILTERED,CRITICAL",
            "DDL,1,FILTERED,CRITICAL"})
    void scoresRiskAsThePrdMatrixDoes(IntentType type, int tables, Scope scope, RiskLevel expected) {
        assertThat(risks.estimate(type, tables, scope)).isEqualTo(expected);
    }

    @Test
    void ratesOneTableWithAtMostOneFilterAndNoOrderingSimple() {
        Condition filter = new Condition("public.t", "a", Operator.EQ, List.of(1));
        QuerySpec oneFilter = new QuerySpec("public.t", List.of(), null, List.of(filter), List.of(), 5);
        QuerySpec ordered = new QuerySpec("public.t", List.of(), null, List.of(), List.of(new Ordering("a", true)), 5);
        QuerySpec twoFilters = new QuerySpec("public.t", List.of(), null, List.of(filter, filter), List.of(), null);
        assertThat(complexities.assess(IntentType.SELECT, 1, oneFilter)).isEqualTo(Complexity.SIMPLE);
        assertThat(complexities.assess(IntentType.SELECT, 1, ordered)).isEqualTo(Complexity.MEDIUM);
        assertThat(complexities.assess(IntentType.SELECT, 1, twoFilters)).isEqualTo(Complexity.MEDIUM);
        assertThat(complexities.assess(IntentType.DELETE, 1, null)).isEqualTo(Complexity.MEDIUM);
        assertThat(complexities.assess(IntentType.SELECT, 2, oneFilter)).isEqualTo(Complexity.COMPLEX);
    }
}
