package io.pgwarden.approval.decision;

import static io.pgwarden.approval.Fixtures.NOW;
import static io.pgwarden.approval.Fixtures.pending;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgwarden.approval.store.ApprovalRecord;
import io.pgwarden.approval.store.Vote;
import io.pgwarden.contracts.approval.ApprovalLevel;
import io.pgwarden.contracts.approval.ApprovalOutcome;
import io.pgwarden.contracts.approval.ApprovalState;
import io.pgwarden.contracts.error.ErrorCode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DecisionRulesTest {

    private static final Approver ALICE_ANALYST = new Approver("alice", Set.of("analyst"));
    private static final Approver BOB_LEAD = new Approver("bob", Set.of("analyst", "team-lead"));
    private static final Approver CAROL_MANAGER = new Approver("carol", Set.of("analyst", "manager"));
    private static final Approver DAVE_DIRECTOR = new Approver("dave", Set.of("analyst", "director"));
    private static final Approver ERIN_MANAGER = new Approver("erin", Set.of("manager"));

    private final DecisionRules rules = new DecisionRules();

    private static DecisionRequest approve() {
        return new DecisionRequest(Decision.APPROVE, "looks right", false);
    }

    private static DecisionRequest emergency() {
        return new DecisionRequest(Decision.APPROVE, "outage fix", true);
    }

    @Test
    void theRequesterCannotApproveTheirOwnRequestWhateverTheirLevel() {
        Verdict verdict = rules.decide(pending("dave", ApprovalLevel.TEAM_LEAD), List.of(), DAVE_DIRECTOR,
                approve(), NOW);

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo(ErrorCode.FORBIDDEN);
            assertThat(refused.message()).contains("You requested this write").contains("separation of duties");
        });
    }

    @Test
    void theRequesterCannotDenyTheirOwnRequestEither() {
        Verdict verdict = rules.decide(pending("dave", ApprovalLevel.TEAM_LEAD), List.of(), DAVE_DIRECTOR,
                new DecisionRequest(Decision.DENY, null, false), NOW);

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Refused.class,
                refused -> assertThat(refused.message()).contains("cannot deny"));
    }

    @Test
    void anApproverBelowTheRequiredLevelIsRefused() {
        Verdict verdict = rules.decide(pending("alice", ApprovalLevel.DIRECTOR), List.of(), CAROL_MANAGER,
                approve(), NOW);

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo(ErrorCode.FORBIDDEN);
            assertThat(refused.message()).contains("DIRECTOR").contains("your highest level is MANAGER");
        });
    }

    @Test
    void anApproverBelowTheRequiredLevelCannotDenyEither() {
        Verdict verdict = rules.decide(pending("alice", ApprovalLevel.MANAGER), List.of(), BOB_LEAD,
                new DecisionRequest(Decision.DENY, "no", false), NOW);

        assertThat(verdict).isInstanceOf(Verdict.Refused.class);
    }

    @Test
    void someoneWithoutAnApprovalRoleIsRefused() {
        Verdict verdict = rules.decide(pending("bob", ApprovalLevel.TEAM_LEAD), List.of(), ALICE_ANALYST,
                approve(), NOW);

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Refused.class,
                refused -> assertThat(refused.message()).contains("hold none of them"));
    }

    @Test
    void theRequiredLevelApproves() {
        Verdict verdict = rules.decide(pending("alice", ApprovalLevel.TEAM_LEAD), List.of(), BOB_LEAD, approve(),
                NOW);

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Final.class, decided -> {
            assertThat(decided.outcome()).isEqualTo(ApprovalOutcome.APPROVED);
            assertThat(decided.decidedBy()).containsExactly("bob");
            assertThat(decided.level()).isEqualTo(ApprovalLevel.TEAM_LEAD);
            assertThat(decided.comment()).isEqualTo("looks right");
            assertThat(decided.emergency()).isFalse();
        });
    }

    @Test
    void aHigherLevelApprovesWhatALowerLevelMay() {
        Verdict verdict = rules.decide(pending("alice", ApprovalLevel.TEAM_LEAD), List.of(), DAVE_DIRECTOR,
                approve(), NOW);

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Final.class, decided -> {
            assertThat(decided.outcome()).isEqualTo(ApprovalOutcome.APPROVED);
            assertThat(decided.level()).isEqualTo(ApprovalLevel.DIRECTOR);
        });
    }

    @Test
    void aDenialByAnEligibleApproverEndsTheRequest() {
        Verdict verdict = rules.decide(pending("alice", ApprovalLevel.MANAGER), List.of(), CAROL_MANAGER,
                new DecisionRequest(Decision.DENY, "  too broad  ", false), NOW);

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Final.class, decided -> {
            assertThat(decided.outcome()).isEqualTo(ApprovalOutcome.DENIED);
            assertThat(decided.decidedBy()).containsExactly("carol");
            assertThat(decided.comment()).isEqualTo("too broad");
        });
    }

    @Test
    void anAlreadyDecidedRequestTakesNoFurtherDecision() {
        ApprovalRecord approved = pending("alice", ApprovalLevel.TEAM_LEAD)
                .decided(ApprovalState.APPROVED, NOW.plusSeconds(5), List.of("bob"), null, false, false);

        Verdict verdict = rules.decide(approved, List.of(), DAVE_DIRECTOR, approve(), NOW.plusSeconds(10));

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo(ErrorCode.CONFLICT);
            assertThat(refused.message()).contains("already APPROVED by bob");
        });
    }

    @Test
    void anExpiredRequestIsRefusedWithAClearMessage() {
        ApprovalRecord expired = pending("alice", ApprovalLevel.TEAM_LEAD)
                .decided(ApprovalState.EXPIRED, NOW.plusSeconds(3600), List.of(), "no decision", false, false);

        Verdict verdict = rules.decide(expired, List.of(), BOB_LEAD, approve(), NOW.plusSeconds(3700));

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo(ErrorCode.CONFLICT);
            assertThat(refused.message()).contains("already EXPIRED");
            assertThat(refused.hint()).contains("Submit the write again");
        });
    }

    @Test
    void aRequestPastItsExpiryIsRefusedBeforeTheTimerMarksIt() {
        ApprovalRecord request = pending("alice", ApprovalLevel.TEAM_LEAD);

        Verdict verdict = rules.decide(request, List.of(), BOB_LEAD, approve(), request.expiresAt());

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo(ErrorCode.CONFLICT);
            assertThat(refused.message()).contains("expired at");
        });
    }

    @Test
    void oneEmergencyApprovalIsRecordedButDoesNotApprove() {
        Verdict verdict = rules.decide(pending("alice", ApprovalLevel.DIRECTOR), List.of(), CAROL_MANAGER,
                emergency(), NOW);

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Recorded.class, recorded -> {
            assertThat(recorded.vote().user()).isEqualTo("carol");
            assertThat(recorded.vote().emergency()).isTrue();
        });
    }

    @Test
    void aSecondDistinctSeniorApproverCompletesTheEmergencyOverride() {
        Vote first = new Vote("approval-1", "carol", ApprovalLevel.MANAGER, Decision.APPROVE, true, "outage",
                NOW.minusSeconds(60));

        Verdict verdict = rules.decide(pending("alice", ApprovalLevel.DIRECTOR), List.of(first), DAVE_DIRECTOR,
                emergency(), NOW);

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Final.class, decided -> {
            assertThat(decided.outcome()).isEqualTo(ApprovalOutcome.APPROVED);
            assertThat(decided.emergency()).isTrue();
            assertThat(decided.decidedBy()).containsExactly("carol", "dave");
            assertThat(decided.level()).isEqualTo(ApprovalLevel.DIRECTOR);
            assertThat(decided.comment()).isEqualTo("carol: outage; dave: outage fix");
        });
    }

    @Test
    void twoManagersMayOverrideADirectorLevelRequest() {
        Vote first = new Vote("approval-1", "carol", ApprovalLevel.MANAGER, Decision.APPROVE, true, null,
                NOW.minusSeconds(60));

        Verdict verdict = rules.decide(pending("alice", ApprovalLevel.DIRECTOR), List.of(first), ERIN_MANAGER,
                emergency(), NOW);

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Final.class,
                decided -> assertThat(decided.level()).isEqualTo(ApprovalLevel.MANAGER));
    }

    @Test
    void theSamePersonCannotGiveBothEmergencyApprovals() {
        Vote first = new Vote("approval-1", "carol", ApprovalLevel.MANAGER, Decision.APPROVE, true, null,
                NOW.minusSeconds(60));

        Verdict verdict = rules.decide(pending("alice", ApprovalLevel.DIRECTOR), List.of(first), CAROL_MANAGER,
                emergency(), NOW);

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo(ErrorCode.FORBIDDEN);
            assertThat(refused.message()).contains("second, different senior approver");
        });
    }

    @Test
    void aTeamLeadCannotTakePartInAnEmergencyOverride() {
        Verdict verdict = rules.decide(pending("alice", ApprovalLevel.TEAM_LEAD), List.of(), BOB_LEAD, emergency(),
                NOW);

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Refused.class,
                refused -> assertThat(refused.message()).contains("senior approvers"));
    }

    @Test
    void theRequesterCannotBeOneOfTheEmergencyApprovers() {
        Verdict verdict = rules.decide(pending("carol", ApprovalLevel.DIRECTOR), List.of(), CAROL_MANAGER,
                emergency(), NOW);

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Refused.class,
                refused -> assertThat(refused.message()).contains("You requested this write"));
    }

    @Test
    void aDenialEndsARequestWithAPendingEmergencyApproval() {
        Vote first = new Vote("approval-1", "carol", ApprovalLevel.MANAGER, Decision.APPROVE, true, null,
                NOW.minusSeconds(60));

        Verdict verdict = rules.decide(pending("alice", ApprovalLevel.DIRECTOR), List.of(first), DAVE_DIRECTOR,
                new DecisionRequest(Decision.DENY, "not now", true), NOW);

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Final.class,
                decided -> assertThat(decided.outcome()).isEqualTo(ApprovalOutcome.DENIED));
    }
}
