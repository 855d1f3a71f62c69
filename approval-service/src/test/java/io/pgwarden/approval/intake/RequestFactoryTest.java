package io.pgwarden.approval.intake;

import static io.pgwarden.approval.Fixtures.NOW;
import static io.pgwarden.approval.Fixtures.impactEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgwarden.approval.config.TimerPolicy;
import io.pgwarden.approval.routing.ApprovalRouter;
import io.pgwarden.approval.store.ApprovalRecord;
import io.pgwarden.contracts.approval.ApprovalBinding;
import io.pgwarden.contracts.approval.ApprovalLevel;
import io.pgwarden.contracts.approval.ApprovalState;
import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.ImpactAssessed;
import io.pgwarden.contracts.impact.ImpactReport;
import io.pgwarden.contracts.intent.RiskLevel;
import io.pgwarden.kit.error.PipelineException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestFactoryTest {

    private static final TimerPolicy TIMERS = new TimerPolicy(
            Map.of(ApprovalLevel.TEAM_LEAD, Duration.ofMinutes(30), ApprovalLevel.MANAGER, Duration.ofMinutes(30),
                    ApprovalLevel.DIRECTOR, Duration.ofMinutes(30)),
            Map.of(ApprovalLevel.TEAM_LEAD, Duration.ofHours(24), ApprovalLevel.MANAGER, Duration.ofHours(24),
                    ApprovalLevel.DIRECTOR, Duration.ofHours(24)));
    private static final ApprovalRouter ROUTER = new ApprovalRouter(1000, 10000);

    private final RequestFactory manual = new RequestFactory(ROUTER, TIMERS, new AutoApprovalPolicy(false, 10));
    private final RequestFactory auto = new RequestFactory(ROUTER, TIMERS, new AutoApprovalPolicy(true, 10));

    @Test
    void storesThePendingRequestWithTheRecomputedBindingAndTheRoutedLevel() {
        EventEnvelope<ImpactAssessed> event = impactEvent("alice", "DELETE FROM orders WHERE id = ?", RiskLevel.HIGH,
                5000);

        ApprovalRecord record = manual.create(event, NOW);

        ImpactAssessed write = event.data();
        assertThat(record.state()).isEqualTo(ApprovalState.PENDING);
        assertThat(record.requiredLevel()).isEqualTo(ApprovalLevel.MANAGER);
        assertThat(record.bindingHash()).isEqualTo(
                ApprovalBinding.hash(write.sql(), write.parameters(), write.database(), write.impact()));
        assertThat(record.requester()).isEqualTo("alice");
        assertThat(record.requestId()).isEqualTo(event.requestId());
        assertThat(record.escalatesAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
        assertThat(record.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(record.approvalId()).isEqualTo(RequestFactory.approvalIdFor(event));
    }

    @Test
    void aModifiedStatementGetsADifferentBindingHash() {
        ApprovalRecord original = manual.create(impactEvent("alice", "DELETE FROM orders WHERE id = ?",
                RiskLevel.HIGH, 5000), NOW);
        ApprovalRecord modified = manual.create(impactEvent("alice", "DELETE FROM orders WHERE id > ?",
                RiskLevel.HIGH, 5000), NOW);

        assertThat(modified.bindingHash()).isNotEqualTo(original.bindingHash());
    }

    @Test
    void aRedeliveredEventMapsToTheSameApproval() {
        EventEnvelope<ImpactAssessed> event = impactEvent("alice", "DELETE FROM orders WHERE id = ?", RiskLevel.LOW,
                1);

        assertThat(manual.create(event, NOW).approvalId()).isEqualTo(manual.create(event, NOW.plusSeconds(9))
                .approvalId());
    }

    @Test
    void aDirectorRequestExpiresButNeverEscalates() {
        ApprovalRecord record = manual.create(impactEvent("alice", "DELETE FROM orders", RiskLevel.CRITICAL, 3),
                NOW);

        assertThat(record.requiredLevel()).isEqualTo(ApprovalLevel.DIRECTOR);
        assertThat(record.escalatesAt()).isNull();
    }

    @Test
    void thePolicyApprovesSmallLowRiskWritesOnlyWhenEnabled() {
        EventEnvelope<ImpactAssessed> event = impactEvent("alice", "DELETE FROM orders WHERE id = ?", RiskLevel.LOW,
                3);

        ApprovalRecord byPolicy = auto.create(event, NOW);

        assertThat(byPolicy.state()).isEqualTo(ApprovalState.APPROVED);
        assertThat(byPolicy.autoApproved()).isTrue();
        assertThat(byPolicy.decidedBy()).containsExactly(RequestFactory.POLICY);
        assertThat(byPolicy.decidedAt()).isEqualTo(NOW);
        assertThat(manual.create(event, NOW).state()).isEqualTo(ApprovalState.PENDING);
    }

    @Test
    void thePolicyLeavesLargerOrRiskierWritesToPeople() {
        assertThat(auto.create(impactEvent("alice", "DELETE FROM orders WHERE id = ?", RiskLevel.LOW, 10), NOW)
                .state()).isEqualTo(ApprovalState.PENDING);
        assertThat(auto.create(impactEvent("alice", "DELETE FROM orders WHERE id = ?", RiskLevel.MEDIUM, 2), NOW)
                .state()).isEqualTo(ApprovalState.PENDING);
    }

    @Test
    void aBlockedWriteIsRefusedBeforeAnyoneIsAsked() {
        EventEnvelope<ImpactAssessed> event = impactEvent("alice", "DELETE FROM customers WHERE id = ?",
                RiskLevel.MEDIUM, 1);
        ImpactReport i = event.data().impact();
        ImpactReport blocked = new ImpactReport(i.method(), i.methodNote(), i.tables(), i.totalRows(),
                i.foreignKeyEffects(), List.of("orders_customer_fk RESTRICT: 3 orders reference the customer"),
                i.triggers(), i.rules(), i.dependentViews(), i.sensitiveColumns(), false, false, i.risk(),
                i.riskReasons(), i.rollbackPlan(), i.warnings());
        ImpactAssessed d = event.data();
        EventEnvelope<ImpactAssessed> blockedEvent = event.next(io.pgwarden.contracts.event.EventType.IMPACT_ASSESSED,
                "/test", new ImpactAssessed(d.plan(), d.sql(), d.parameters(), d.kind(), d.explanation(), d.engine(),
                        d.database(), blocked, null));

        assertThatThrownBy(() -> manual.create(blockedEvent, NOW)).isInstanceOfSatisfying(PipelineException.class,
                e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                    assertThat(e.getMessage()).contains("RESTRICT");
                });
    }
}
