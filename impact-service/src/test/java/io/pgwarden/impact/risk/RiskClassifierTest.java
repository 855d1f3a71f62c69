package io.pgwarden.impact.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgwarden.contracts.impact.ImpactMethod;
import io.pgwarden.contracts.impact.SensitiveColumn;
import io.pgwarden.contracts.intent.RiskLevel;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RiskClassifierTest {

    private final RiskClassifier matrix = new RiskClassifier(RiskThresholds.defaults());

    private static RiskFacts rows(long rows) {
        return new RiskFacts(ImpactMethod.DRY_RUN, rows, 1, 0, List.of(), List.of(), List.of(), "s.t", false, false);
    }

    @Test
    void fewerThanAHundredRowsInOneTableIsLow() {
        RiskAssessment risk = matrix.classify(rows(99));
        assertThat(risk.level()).isEqualTo(RiskLevel.LOW);
        assertThat(risk.reasons()).singleElement().asString().contains("Fewer than 100 rows");
    }

    @Test
    void rowCountsFollowThePrdBoundaries() {
        assertThat(matrix.classify(rows(100)).level()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(matrix.classify(rows(10_000)).level()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(matrix.classify(rows(10_001)).level()).isEqualTo(RiskLevel.HIGH);
        assertThat(matrix.classify(rows(10_001)).reasons()).containsExactly("10001 rows change, more than 10000.");
    }

    @Test
    void thresholdsAreConfiguration() {
        RiskClassifier strict = new RiskClassifier(new RiskThresholds(10, 50, 0, 1, RiskLevel.CRITICAL,
                RiskLevel.HIGH, RiskLevel.HIGH, Set.of()));
        assertThat(strict.classify(rows(10)).level()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(strict.classify(rows(51)).level()).isEqualTo(RiskLevel.HIGH);
        assertThat(strict.classify(new RiskFacts(ImpactMethod.DRY_RUN, 2, 1, 0, List.of(), List.of(), List.of(),
                "s.t", true, true)).level()).isEqualTo(RiskLevel.CRITICAL);
    }

    @Test
    void oneCascadeLevelIsMediumDeeperOrWiderIsHigh() {
        assertThat(matrix.classify(new RiskFacts(ImpactMethod.DRY_RUN, 5, 2, 1, List.of(), List.of(), List.of(),
                "s.t", false, false)).level()).isEqualTo(RiskLevel.MEDIUM);
        RiskAssessment deep = matrix.classify(new RiskFacts(ImpactMethod.DRY_RUN, 5, 3, 2, List.of(), List.of(),
                List.of(), "s.t", false, false));
        assertThat(deep.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(deep.reasons()).contains("Foreign-key actions change rows 2 levels deep.");
        assertThat(matrix.classify(new RiskFacts(ImpactMethod.DRY_RUN, 5, 4, 1, List.of(), List.of(), List.of(),
                "s.t", false, false)).level()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void aTriggerWritingAnotherTableIsNotLow() {
        assertThat(matrix.classify(new RiskFacts(ImpactMethod.DRY_RUN, 2, 2, 0, List.of(), List.of(), List.of(),
                "s.t", false, false)).level()).isEqualTo(RiskLevel.MEDIUM);
    }

    @Test
    void noWhereOrEveryRowIsAtLeastHighWithItsReason() {
        RiskAssessment noWhere = matrix.classify(new RiskFacts(ImpactMethod.DRY_RUN, 3, 1, 0, List.of(), List.of(),
                List.of(), "s.t", true, true));
        assertThat(noWhere.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(noWhere.reasons()).containsExactly("The statement has no WHERE clause: it changes every row of s.t.");
        assertThat(matrix.classify(new RiskFacts(ImpactMethod.DRY_RUN, 3, 1, 0, List.of(), List.of(), List.of(),
                "s.t", false, true)).reasons()).containsExactly("The WHERE clause matches every row of s.t.");
    }

    @Test
    void anEstimateIsNeverLow() {
        assertThat(matrix.classify(new RiskFacts(ImpactMethod.ESTIMATE, 1, 1, 0, List.of(), List.of(), List.of(),
                "s.t", false, false)).level()).isEqualTo(RiskLevel.MEDIUM);
    }

    @Test
    void personalDataIsMediumSecurityAndFinancialDataAreCritical() {
        SensitiveColumn email = new SensitiveColumn("s.t", "email", "personal");
        SensitiveColumn iban = new SensitiveColumn("s.t", "iban", "financial");
        assertThat(matrix.classify(new RiskFacts(ImpactMethod.DRY_RUN, 1, 1, 0, List.of(), List.of(email),
                List.of(), "s.t", false, false)).level()).isEqualTo(RiskLevel.MEDIUM);
        RiskAssessment financial = matrix.classify(new RiskFacts(ImpactMethod.DRY_RUN, 1, 1, 0, List.of(),
                List.of(email, iban), List.of(), "s.t", false, false));
        assertThat(financial.level()).isEqualTo(RiskLevel.CRITICAL);
        assertThat(financial.reasons()).contains("Security or regulated data is affected: s.t.iban (financial).");
    }

    @Test
    void systemDataAndTablesWithoutAKeyAreCritical() {
        assertThat(matrix.classify(new RiskFacts(ImpactMethod.DRY_RUN, 1, 1, 0, List.of("audit.events"), List.of(),
                List.of(), "audit.events", false, false)).level()).isEqualTo(RiskLevel.CRITICAL);
        RiskAssessment irreversible = matrix.classify(new RiskFacts(ImpactMethod.DRY_RUN, 1, 1, 0, List.of(),
                List.of(), List.of("s.log"), "s.log", false, false));
        assertThat(irreversible.level()).isEqualTo(RiskLevel.CRITICAL);
        assertThat(irreversible.reasons()).singleElement().asString().startsWith("Irreversible: s.log");
    }

    @Test
    void everyRaisingRuleGivesItsReason() {
        RiskAssessment risk = matrix.classify(new RiskFacts(ImpactMethod.DRY_RUN, 20_000, 5, 3, List.of(),
                List.of(), List.of(), "s.t", true, true));
        assertThat(risk.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(risk.reasons()).hasSize(4);
    }

    @Test
    void thresholdsMustGrow() {
        assertThatThrownBy(() -> new RiskThresholds(100, 10, 1, 3, RiskLevel.HIGH, RiskLevel.MEDIUM,
                RiskLevel.MEDIUM, Set.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
