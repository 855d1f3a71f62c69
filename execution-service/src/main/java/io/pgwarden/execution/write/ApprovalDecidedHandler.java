package io.pgwarden.execution.write;

import io.pgwarden.contracts.approval.ApprovalOutcome;
import io.pgwarden.contracts.event.ApprovalDecided;
import io.pgwarden.contracts.event.EventType;
import io.pgwarden.contracts.plan.Step;
import io.pgwarden.execution.approvalcheck.ApprovalStore;
import io.pgwarden.execution.approvalcheck.ApprovalVerifier;
import io.pgwarden.execution.approvalcheck.StoredApproval;
import io.pgwarden.execution.progress.WriteProgress;
import io.pgwarden.execution.rollback.RestoreExecutor;
import io.pgwarden.kit.messaging.EventPublisher;
import io.pgwarden.kit.messaging.Outcome;
import io.pgwarden.kit.messaging.StepHandler;
import io.pgwarden.sqlguard.SqlGuard;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Runs an approved write (or restore) when approval hands the request to execution. The event only names the
 * approval: what runs is loaded from the approval store and verified there first ({@link ApprovalVerifier}).
 *
 * <p>Redelivery: the processed-event ledger (system database) skips an event handled to the end; an event whose
 * handling was cut short after the commit (a crash before the ledger mark) reaches the target database's execution
 * ledger, which reports the first run's result instead of running again, and the result event gets the same id as
 * the first time.
 */
@ApplicationScoped
public class ApprovalDecidedHandler {

    private final StepHandler steps;
    private final EventPublisher publisher;
    private final ApprovalStore store;
    private final ApprovalVerifier verifier;
    private final WriteExecutor writes;
    private final RestoreExecutor restores;
    private final WriteLimits limits;
    private final WriteProgress progress;
    private final SqlGuard guard;

    @Inject
    public ApprovalDecidedHandler(StepHandler steps, EventPublisher publisher, ApprovalStore store,
            ApprovalVerifier verifier, WriteExecutor writes, RestoreExecutor restores, WriteLimits limits,
            WriteProgress progress, SqlGuard guard) {
        this.steps = steps;
        this.publisher = publisher;
        this.store = store;
        this.verifier = verifier;
        this.writes = writes;
        this.restores = restores;
        this.limits = limits;
        this.progress = progress;
        this.guard = guard;
    }

    // Writes of different requests may run side by side; WriteLimits bounds them per user and per table.
    @Incoming("approval-decided")
    @Blocking(ordered = false)
    public void onDecided(String json) {
        steps.<ApprovalDecided>handle(json, EventType.APPROVAL_DECIDED, Step.EXECUTION, envelope -> {
            ApprovalDecided decided = envelope.data();
            if (decided.outcome() != ApprovalOutcome.APPROVED || decided.plan() == null
                    || !decided.plan().hands(Step.APPROVAL, Step.EXECUTION)) {
                return Outcome.none();
            }
            StoredApproval approval = verifier.verify(store.find(decided.approvalId()), envelope.requestId(),
                    decided);
            WriteResult result;
            if (approval.rollbackTarget() != null) {
                try (WriteLimits.Permit ignored = limits.admit(approval.requester(),
                        "backup " + approval.rollbackTarget().backupId())) {
                    result = restores.restore(approval.approvalId(), approval.requestId(), approval.rollbackTarget(),
                            approval.risk(), progress.observe(envelope, approval.approvalId()));
                }
            } else {
                String table = guard.inspect(approval.sql()).targetTable().orElse("?");
                try (WriteLimits.Permit ignored = limits.admit(approval.requester(), table)) {
                    result = writes.execute(new ApprovedWrite(approval.approvalId(), approval.requestId(),
                            approval.sql(), approval.parameters(), approval.impact()),
                            progress.observe(envelope, approval.approvalId()));
                }
            }
            return Outcome.emit(EventType.WRITE_EXECUTED,
                    envelope.next(EventType.WRITE_EXECUTED, publisher.source(), result.executed()));
        });
    }
}
