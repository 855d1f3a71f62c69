package io.pgwarden.execution.approvalcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgwarden.contracts.approval.ApprovalBinding;
import io.pgwarden.contracts.approval.ApprovalLevel;
import io.pgwarden.contracts.approval.ApprovalOutcome;
import io.pgwarden.contracts.approval.ApprovalState;
import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.event.ApprovalDecided;
import io.pgwarden.contracts.event.RollbackTarget;
import io.pgwarden.contracts.impact.ImpactMethod;
import io.pgwarden.contracts.impact.ImpactReport;
import io.pgwarden.contracts.impact.TableImpact;
import io.pgwarden.contracts.intent.RiskLevel;
import io.pgwarden.contracts.plan.WorkflowPlan;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.contracts.sql.StatementKind;
import io.pgwarden.kit.error.PipelineException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApprovalVerifierTest {

    private static final String DATABASE = "db.example:5432/shop";
    private static final String SQL = "DELETE FROM orders WHERE id = ?";
    private static final List<SqlParameter> PARAMETERS = List.of(new SqlParameter("int4", 7));
    private static final ImpactReport IMPACT = new ImpactReport(ImpactMethod.DRY_RUN, null,
            List.of(new TableImpact("public.orders", 0, 0, 1, "statement")), 1, List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), false, false, RiskLevel.MEDIUM, List.of(), "", List.of());
    private static final String HASH = ApprovalBinding.hash(SQL, PARAMETERS, DATABASE, IMPACT);

    private final ApprovalVerifier verifier = new ApprovalVerifier(DATABASE);

    @Test
    void anApprovedMatchingApprovalApplies() {
        StoredApproval stored = stored(ApprovalState.APPROVED, "req-1", HASH, SQL, DATABASE, null, "user");
        assertThat(verifier.verify(Optional.of(stored), "req-1", decided(HASH, null))).isSameAs(stored);
    }

    @Test
    void anUnknownApprovalIsRefused() {
        assertRefused(Optional.empty(), "req-1", decided(HASH, null), "no approval ap-1");
    }

    @Test
    void anApprovalThatIsNotApprovedIsRefused() {
        for (ApprovalState state : List.of(ApprovalState.PENDING, ApprovalState.ESCALATED, ApprovalState.DENIED,
                ApprovalState.EXPIRED)) {
            assertRefused(Optional.of(stored(state, "req-1", HASH, SQL, DATABASE, null, "user")), "req-1",
                    decided(HASH, null), "is " + state);
        }
    }

    @Test
    void anApprovalOfAnotherRequestIsRefused() {
        assertRefused(Optional.of(stored(ApprovalState.APPROVED, "req-other", HASH, SQL, DATABASE, null, "user")),
                "req-1", decided(HASH, null), "not for request req-1");
    }

    @Test
    void aStoredStatementThatNoLongerMatchesItsHashIsRefused() {
        StoredApproval tampered = stored(ApprovalState.APPROVED, "req-1", HASH, "DELETE FROM orders", DATABASE,
                null, "user");
        assertRefused(Optional.of(tampered), "req-1", decided(HASH, null), "no longer match");
    }

    @Test
    void anEventNamingAnotherBindingIsRefused() {
        String forged = ApprovalBinding.hash("DELETE FROM orders", List.of(), DATABASE, IMPACT);
        assertRefused(Optional.of(stored(ApprovalState.APPROVED, "req-1", HASH, SQL, DATABASE, null, "user")),
                "req-1", decided(forged, null), "different statement binding");
    }

    @Test
    void anApprovalForAnotherDatabaseIsRefused() {
        String other = "other:5432/shop";
        String hash = ApprovalBinding.hash(SQL, PARAMETERS, other, IMPACT);
        assertRefused(Optional.of(stored(ApprovalState.APPROVED, "req-1", hash, SQL, other, null, "user")), "req-1",
                decided(hash, null), "given for database other:5432/shop");
    }

    @Test
    void aDecisionClaimingARollbackForAnOrdinaryWriteIsRefused() {
        RollbackTarget target = new RollbackTarget("req-0", "bk-1", List.of(), false);
        assertRefused(Optional.of(stored(ApprovalState.APPROVED, "req-1", HASH, SQL, DATABASE, null, "user")),
                "req-1", decided(HASH, target), "rollback");
    }

    private void assertRefused(Optional<StoredApproval> stored, String requestId, ApprovalDecided decided,
            String reason) {
        assertThatThrownBy(() -> verifier.verify(stored, requestId, decided))
                .isInstanceOf(PipelineException.class)
                .hasMessageStartingWith("The approval does not apply: ")
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(((PipelineException) e).code()).isEqualTo(ErrorCode.FORBIDDEN));
    }

    private static StoredApproval stored(ApprovalState state, String requestId, String hash, String sql,
            String database, RollbackTarget rollback, String engine) {
        return new StoredApproval("ap-1", requestId, "alice", state, RiskLevel.MEDIUM, hash, sql, PARAMETERS, engine,
                database, IMPACT, WorkflowPlan.writeFromSql(), rollback, false, List.of("bob"));
    }

    private static ApprovalDecided decided(String hash, RollbackTarget rollback) {
        return new ApprovalDecided("ap-1", ApprovalOutcome.APPROVED, ApprovalLevel.TEAM_LEAD, List.of("bob"), "ok",
                false, false, hash, WorkflowPlan.writeFromSql(), "forged sql", List.of(), StatementKind.DELETE, "user",
                DATABASE, IMPACT, rollback);
    }
}
