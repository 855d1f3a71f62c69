package io.pgwarden.gateway.tracking;

import io.pgwarden.contracts.event.ApprovalDecided;
import io.pgwarden.contracts.event.ApprovalEscalated;
import io.pgwarden.contracts.event.ApprovalRequested;
import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.ExecutionProgress;
import io.pgwarden.contracts.event.ImpactAssessed;
import io.pgwarden.contracts.event.WriteExecuted;
import io.pgwarden.gateway.tracking.RequestSnapshot.Approval;
import io.pgwarden.gateway.tracking.RequestSnapshot.Write;
import java.util.List;

/** Folds a write's events (impact, approval, progress, outcome) into what the API shows of it. */
final class WriteDetail {

    private WriteDetail() {
    }

    /** Null when none of the events concerns a write. */
    static Write of(List<EventEnvelope<?>> ordered) {
        ImpactAssessed assessed = null;
        Approval approval = null;
        ExecutionProgress progress = null;
        WriteExecuted outcome = null;
        for (EventEnvelope<?> event : ordered) {
            Object data = event.data();
            if (data instanceof ImpactAssessed a) {
                assessed = a;
            } else if (data instanceof ApprovalRequested requested) {
                approval = approval != null && decided(approval) ? approval
                        : new Approval(requested.approvalId(), "PENDING", requested.requiredLevel().name(),
                                requested.bindingHash(), requested.escalatesAt(), requested.expiresAt(), List.of(),
                                null, false, false);
            } else if (data instanceof ApprovalEscalated escalated) {
                approval = approval != null && decided(approval) ? approval
                        : new Approval(escalated.approvalId(), "ESCALATED", escalated.toLevel().name(),
                                approval == null ? null : approval.bindingHash(), null, escalated.expiresAt(),
                                List.of(), escalated.reason(), false, false);
            } else if (data instanceof ApprovalDecided decided) {
                approval = new Approval(decided.approvalId(), decided.outcome().name(), decided.level().name(),
                        decided.bindingHash(), null, approval == null ? null : approval.expiresAt(),
                        decided.decidedBy(), decided.comment(), decided.autoApproved(), decided.emergency());
                if (assessed == null) {
                    assessed = new ImpactAssessed(decided.plan(), decided.sql(), decided.parameters(),
                            decided.kind(), null, decided.engine(), decided.database(), decided.impact(),
                            decided.rollback());
                }
            } else if (data instanceof ExecutionProgress p) {
                progress = p;
            } else if (data instanceof WriteExecuted executed) {
                outcome = executed;
            }
        }
        if (assessed == null && approval == null && progress == null && outcome == null) {
            return null;
        }
        return new Write(assessed == null ? null : assessed.impact(), assessed == null ? null : assessed.database(),
                assessed == null ? null : assessed.rollback(), approval, progress, outcome);
    }

    private static boolean decided(Approval approval) {
        return !"PENDING".equals(approval.state()) && !"ESCALATED".equals(approval.state());
    }
}
