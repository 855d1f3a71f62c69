package io.pgwarden.execution.approvalcheck;

import io.pgwarden.contracts.approval.ApprovalBinding;
import io.pgwarden.contracts.approval.ApprovalState;
import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.event.ApprovalDecided;
import io.pgwarden.contracts.plan.Step;
import io.pgwarden.kit.error.PipelineException;
import java.util.Optional;

/**
 * Decides whether a stored approval lets this service run a write, trusting nothing the decision event says: the
 * event only names the approval. Rules (docs/execution.md):
 *
 * <ol>
 * <li>the approval exists in the store and is APPROVED;</li>
 * <li>it belongs to the event's request;</li>
 * <li>the binding hash recomputed from the stored statement, parameters, database and impact equals the stored
 * hash, and the event's hash equals it too;</li>
 * <li>it was given for this service's target database;</li>
 * <li>its stored plan hands it from approval to execution, and a restore is stored as one (and an ordinary write is
 * not).</li>
 * </ol>
 */
public final class ApprovalVerifier {

    private final String ownDatabase;

    /** @param ownDatabase the target database this service writes to, as TargetDatabase.nameOf names it */
    public ApprovalVerifier(String ownDatabase) {
        this.ownDatabase = ownDatabase;
    }

    /** @return the stored approval, when it applies; @throws PipelineException FORBIDDEN otherwise */
    public StoredApproval verify(Optional<StoredApproval> found, String requestId, ApprovalDecided decided) {
        StoredApproval approval = found.orElseThrow(
                () -> refused("there is no approval " + decided.approvalId() + " in the approval store"));
        if (approval.state() != ApprovalState.APPROVED) {
            throw refused("approval " + approval.approvalId() + " is " + approval.state() + ", not APPROVED");
        }
        if (!approval.requestId().equals(requestId)) {
            throw refused("approval " + approval.approvalId() + " was given for request " + approval.requestId()
                    + ", not for request " + requestId);
        }
        String recomputed = ApprovalBinding.hash(approval.sql(), approval.parameters(), approval.targetDatabase(),
                approval.impact());
        if (!recomputed.equals(approval.bindingHash())) {
            throw refused("the stored statement, parameters, database or impact no longer match the hash the"
                    + " approval was bound to");
        }
        if (!approval.bindingHash().equals(decided.bindingHash())) {
            throw refused("the decision names a different statement binding than the one that was approved");
        }
        if (!approval.targetDatabase().equals(ownDatabase)) {
            throw refused("it was given for database " + approval.targetDatabase() + ", and this service writes to "
                    + ownDatabase);
        }
        if (approval.plan() == null || !approval.plan().hands(Step.APPROVAL, Step.EXECUTION)) {
            throw refused("its workflow plan does not hand it from approval to execution");
        }
        boolean storedAsRestore = approval.rollbackTarget() != null;
        if (storedAsRestore != "rollback".equals(approval.engine()) || storedAsRestore != (decided.rollback() != null)) {
            throw refused("the decision and the stored approval disagree on whether this is a rollback");
        }
        return approval;
    }

    private static PipelineException refused(String why) {
        return new PipelineException(ErrorCode.FORBIDDEN, "The approval does not apply: " + why
                + ". Nothing was run.", "Submit the change again and have it approved; an approval covers exactly"
                        + " one statement on one database.");
    }
}
