package io.pgwarden.approval.routing;

import io.pgwarden.contracts.approval.ApprovalLevel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgwarden.contracts.intent.RiskLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ApprovalRouterTest {

    private final ApprovalRouter router = new ApprovalRouter(1_000, 10_000);

    @ParameterizedTest(name = "{0} risk, {1} rows -> {2}")
    @CsvSource({
        "LOW, 0, TEAM_LEAD",
        "LOW, 999, TEAM_LEAD",
        "LOW, 1000, MANAGER",
        "MEDIUM, 500, TEAM_LEAD",
        "MEDIUM, 5000, MANAGER",
        "MEDIUM, 10000, DIRECTOR",
        "HIGH, 10, MANAGER",
        "HIGH, 9999, MANAGER",
        "HIGH, 10000, DIRECTOR",
        "CRITICAL, 1, DIRECTOR",
        "CRITICAL, 1000000, DIRECTOR"
    })
    void routesByTheMatrix(RiskLevel risk, long rows, ApprovalLevel expected) {
        assertThat(router.route(risk, rows)).isEqualTo(expected);
    }

    @Test
    void refusesNegativeRowCounts() {
        assertThatThrownBy(() -> router.route(RiskLevel.LOW, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesBoundsInTheWrongOrder() {
        assertThatThrownBy(() -> new ApprovalRouter(10_000, 1_000)).isInstanceOf(IllegalArgumentException.class);
    }
}
