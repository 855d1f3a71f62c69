package io.pgwarden.approval.decision;

import io.pgwarden.approval.audit.AuditEntry;
import io.pgwarden.approval.audit.AuditLog;
import io.pgwarden.approval.messaging.ApprovalAnnouncer;
import io.pgwarden.approval.store.ApprovalRecord;
import io.pgwarden.approval.store.ApprovalStore;
import io.pgwarden.approval.store.Transactions;
import io.pgwarden.approval.store.Vote;
import io.pgwarden.contracts.approval.ApprovalOutcome;
import io.pgwarden.contracts.approval.ApprovalState;
import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.kit.error.PipelineException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies one person's decision: locks the request row (so concurrent decisions, and the timers, take turns),
 * asks {@link DecisionRules}, and in the same transaction records the vote, the new state, the audit row, the
 * decided event and the notifications. A refusal changes nothing but is audited too.
 */
public final class DecisionService {

    /** The request and every vote on it after the decision. */
    public record Decided(ApprovalRecord record, List<Vote> votes) {
    }

    /** What the transaction found: a decision made, or a refusal (audited in a transaction of its own). */
    private record Attempt(Decided decided, ApprovalRecord record, Verdict.Refused refused) {
    }

    private final Transactions transactions;
    private final ApprovalStore store;
    private final DecisionRules rules;
    private final ApprovalAnnouncer announcer;
    private final AuditLog audit;

    public DecisionService(Transactions transactions, ApprovalStore store, DecisionRules rules,
            ApprovalAnnouncer announcer, AuditLog audit) {
        this.transactions = transactions;
        this.store = store;
        this.rules = rules;
        this.announcer = announcer;
        this.audit = audit;
    }

    /**
     * @throws PipelineException NOT_FOUND for an unknown approval, FORBIDDEN or CONFLICT when the rules refuse
     */
    public Decided decide(String approvalId, Approver approver, DecisionRequest request, Instant now) {
        Attempt attempt = transactions.inTransaction(connection -> {
            ApprovalRecord record = store.lock(connection, approvalId).orElseThrow(() -> notFound(approvalId));
            List<Vote> votes = store.votes(connection, approvalId);
            Verdict verdict = rules.decide(record, votes, approver, request, now);
            if (verdict instanceof Verdict.Refused refused) {
                return new Attempt(null, record, refused);
            }
            Vote vote = verdict instanceof Verdict.Final f ? f.vote() : ((Verdict.Recorded) verdict).vote();
            store.addVote(connection, vote);
            ApprovalRecord after = record;
            Map<String, Object> details = voteDetails(vote);
            if (verdict instanceof Verdict.Final decided) {
                ApprovalState state = decided.outcome() == ApprovalOutcome.APPROVED ? ApprovalState.APPROVED
                        : ApprovalState.DENIED;
                after = record.decided(state, now, decided.decidedBy(), decided.comment(), false,
                        decided.emergency());
                store.update(connection, after);
                details.put("outcome", decided.outcome());
                details.put("decidedBy", decided.decidedBy());
                details.put("final", true);
                announcer.decided(connection, after, decided.level(), now);
            } else {
                details.put("final", false);
                details.put("waitingFor", "a second, distinct senior approver (emergency override)");
            }
            details.put("bindingHash", record.bindingHash());
            audit.append(connection, new AuditEntry(null, "audit.decision", record.requestId(), approvalId,
                    approver.user(), details), now);
            List<Vote> allVotes = new ArrayList<>(votes);
            allVotes.add(vote);
            return new Attempt(new Decided(after, allVotes), after, null);
        });
        if (attempt.refused() != null) {
            auditRefusal(attempt.record(), approver, request, attempt.refused(), now);
            throw new PipelineException(attempt.refused().code(), attempt.refused().message(),
                    attempt.refused().hint());
        }
        return attempt.decided();
    }

    private void auditRefusal(ApprovalRecord record, Approver approver, DecisionRequest request,
            Verdict.Refused refused, Instant now) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("decision", request.decision());
        details.put("emergency", request.emergency());
        details.put("roles", approver.roles().stream().sorted().toList());
        details.put("code", refused.code());
        details.put("reason", refused.message());
        transactions.inTransaction(connection -> audit.append(connection, new AuditEntry(null,
                "audit.decision-refused", record.requestId(), record.approvalId(), approver.user(), details), now));
    }

    private static Map<String, Object> voteDetails(Vote vote) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("decision", vote.decision());
        details.put("level", vote.level());
        details.put("emergency", vote.emergency());
        details.put("comment", vote.comment());
        details.put("at", vote.at());
        return details;
    }

    static PipelineException notFound(String approvalId) {
        return new PipelineException(ErrorCode.NOT_FOUND, "There is no approval request " + approvalId + ".",
                "Check the approval id; GET /approvals lists the open requests.");
    }
}
