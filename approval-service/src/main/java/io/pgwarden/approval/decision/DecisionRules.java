package io.pgwarden.approval.decision;

import io.pgwarden.approval.store.ApprovalRecord;
import io.pgwarden.approval.store.Vote;
import io.pgwarden.contracts.approval.ApprovalLevel;
import io.pgwarden.contracts.approval.ApprovalOutcome;
import io.pgwarden.contracts.error.ErrorCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The approval rules, and nothing else: given a request, the votes recorded so far, who decides and what, say
 * whether that is allowed and what it leads to. No I/O, so every rule is tested on its own.
 *
 * <ol>
 * <li>A decided or expired request takes no more decisions (409).</li>
 * <li>Separation of duties: the requester never approves or denies their own request (403).</li>
 * <li>An approver below the required level can neither approve nor deny; a higher level can (403).</li>
 * <li>Emergency override: two distinct senior approvers (manager or director, neither the requester) approve
 * whatever the required level; the first approval is recorded and the request stays open until the second.</li>
 * <li>A denial by an eligible approver ends the request.</li>
 * </ol>
 */
public final class DecisionRules {

    /** Levels senior enough for an emergency override. */
    static final Set<ApprovalLevel> SENIOR = Set.of(ApprovalLevel.MANAGER, ApprovalLevel.DIRECTOR);

    public Verdict decide(ApprovalRecord request, List<Vote> votes, Approver approver, DecisionRequest decision,
            Instant now) {
        if (!request.state().open()) {
            return new Verdict.Refused(ErrorCode.CONFLICT,
                    "Approval " + request.approvalId() + " is already " + request.state() + describeDecision(request)
                            + "; a decided request takes no further decisions.",
                    request.state() == io.pgwarden.contracts.approval.ApprovalState.EXPIRED
                            ? "Submit the write again to get a new approval request."
                            : "Nothing to do; submit the write again if it should run again.");
        }
        if (!now.isBefore(request.expiresAt())) {
            return new Verdict.Refused(ErrorCode.CONFLICT,
                    "Approval " + request.approvalId() + " expired at " + request.expiresAt()
                            + "; an expired request cannot be approved or denied.",
                    "Submit the write again to get a new approval request.");
        }
        if (approver.user().equals(request.requester())) {
            return new Verdict.Refused(ErrorCode.FORBIDDEN,
                    "You requested this write, so you cannot " + verb(decision.decision())
                            + " it: separation of duties needs another person.",
                    "Ask someone holding the " + request.requiredLevel().role() + " role (or higher) to decide.");
        }
        Optional<ApprovalLevel> level = approver.level();
        if (level.isEmpty()) {
            return new Verdict.Refused(ErrorCode.FORBIDDEN,
                    "Deciding on writes needs the team-lead, manager or director role; you hold none of them.",
                    "Ask someone holding the " + request.requiredLevel().role() + " role (or higher) to decide.");
        }
        if (decision.emergency() && decision.decision() == Decision.APPROVE) {
            return emergencyApproval(request, votes, approver, level.get(), decision, now);
        }
        if (!approver.holds(request.requiredLevel())) {
            return new Verdict.Refused(ErrorCode.FORBIDDEN,
                    "This write needs a decision at level " + request.requiredLevel() + " ("
                            + request.requiredLevel().role() + " or higher); your highest level is " + level.get()
                            + ".",
                    "Ask someone holding the " + request.requiredLevel().role()
                            + " role (or higher), or use an emergency override with two senior approvers.");
        }
        Vote vote = new Vote(request.approvalId(), approver.user(), level.get(), decision.decision(), false,
                blankToNull(decision.comment()), now);
        ApprovalOutcome outcome = decision.decision() == Decision.APPROVE ? ApprovalOutcome.APPROVED
                : ApprovalOutcome.DENIED;
        return new Verdict.Final(vote, outcome, level.get(), List.of(approver.user()), vote.comment(), false);
    }

    private Verdict emergencyApproval(ApprovalRecord request, List<Vote> votes, Approver approver,
            ApprovalLevel level, DecisionRequest decision, Instant now) {
        if (!SENIOR.contains(level)) {
            return new Verdict.Refused(ErrorCode.FORBIDDEN,
                    "An emergency override needs senior approvers (manager or director); your highest level is "
                            + level + ".",
                    "Ask a manager or director, or approve without the emergency flag if your level suffices.");
        }
        List<Vote> earlier = votes.stream()
                .filter(v -> v.emergency() && v.decision() == Decision.APPROVE).toList();
        if (earlier.stream().anyMatch(v -> v.user().equals(approver.user()))) {
            return new Verdict.Refused(ErrorCode.FORBIDDEN,
                    "You already gave the first approval of this emergency override; it needs a second, different"
                            + " senior approver.",
                    "Ask another manager or director to approve with the emergency flag.");
        }
        Vote vote = new Vote(request.approvalId(), approver.user(), level, Decision.APPROVE, true,
                blankToNull(decision.comment()), now);
        if (earlier.isEmpty()) {
            return new Verdict.Recorded(vote);
        }
        Set<String> approvers = new LinkedHashSet<>();
        List<String> comments = new ArrayList<>();
        ApprovalLevel highest = level;
        for (Vote v : earlier) {
            approvers.add(v.user());
            if (v.comment() != null) {
                comments.add(v.user() + ": " + v.comment());
            }
            highest = v.level().rank() > highest.rank() ? v.level() : highest;
        }
        approvers.add(approver.user());
        if (vote.comment() != null) {
            comments.add(approver.user() + ": " + vote.comment());
        }
        return new Verdict.Final(vote, ApprovalOutcome.APPROVED, highest, List.copyOf(approvers),
                comments.isEmpty() ? null : String.join("; ", comments), true);
    }

    private static String describeDecision(ApprovalRecord request) {
        if (request.decidedAt() == null) {
            return "";
        }
        String by = request.decidedBy().isEmpty() ? "" : " by " + String.join(" and ", request.decidedBy());
        return by + " at " + request.decidedAt();
    }

    private static String verb(Decision decision) {
        return decision == Decision.APPROVE ? "approve" : "deny";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
