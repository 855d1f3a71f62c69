package io.pgwarden.approval.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgwarden.contracts.approval.ApprovalLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimerPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private final TimerPolicy policy = new TimerPolicy(
            Map.of(ApprovalLevel.TEAM_LEAD, Duration.ofMinutes(10), ApprovalLevel.MANAGER, Duration.ofMinutes(30),
                    ApprovalLevel.DIRECTOR, Duration.ofMinutes(60)),
            Map.of(ApprovalLevel.TEAM_LEAD, Duration.ofHours(1), ApprovalLevel.MANAGER, Duration.ofHours(8),
                    ApprovalLevel.DIRECTOR, Duration.ofHours(24)));

    @Test
    void eachLevelHasItsOwnTimers() {
        Instant expires = policy.expiresAt(ApprovalLevel.TEAM_LEAD, NOW);

        assertThat(expires).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(policy.escalatesAt(ApprovalLevel.TEAM_LEAD, NOW, expires)).isEqualTo(NOW.plusSeconds(600));
        assertThat(policy.expiresAt(ApprovalLevel.MANAGER, NOW)).isEqualTo(NOW.plus(Duration.ofHours(8)));
    }

    @Test
    void directorsHaveNobodyToEscalateTo() {
        assertThat(policy.escalatesAt(ApprovalLevel.DIRECTOR, NOW, NOW.plus(Duration.ofDays(1)))).isNull();
    }

    @Test
    void noEscalationAtOrAfterTheExpiry() {
        assertThat(policy.escalatesAt(ApprovalLevel.MANAGER, NOW, NOW.plus(Duration.ofMinutes(30)))).isNull();
    }

    @Test
    void refusesNonPositiveDurations() {
        assertThatThrownBy(() -> new TimerPolicy(
                Map.of(ApprovalLevel.TEAM_LEAD, Duration.ZERO, ApprovalLevel.MANAGER, Duration.ofMinutes(1),
                        ApprovalLevel.DIRECTOR, Duration.ofMinutes(1)),
                Map.of(ApprovalLevel.TEAM_LEAD, Duration.ofHours(1), ApprovalLevel.MANAGER, Duration.ofHours(1),
                        ApprovalLevel.DIRECTOR, Duration.ofHours(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("team-lead");
    }
}
