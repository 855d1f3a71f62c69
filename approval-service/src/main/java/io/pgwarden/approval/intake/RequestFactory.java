package io.pgwarden.approval.intake;

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
import io.pgwarden.kit.error.PipelineException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Turns a measured write into an approval request: the binding hash recomputed here from the statement, its
 * parameters, the database and the impact (never taken from anyone), the level from the risk matrix, the timers
 * from configuration, or an approval by policy. Pure: no I/O.
 */
public final class RequestFactory {

    /** The decidedBy entry of an approval given by the auto-approval policy. */
    public static final String POLICY = "policy";

    private final ApprovalRouter router;
    private final TimerPolicy timers;
    private final AutoApprovalPolicy autoApproval;

    public RequestFactory(ApprovalRouter router, TimerPolicy timers, AutoApprovalPolicy autoApproval) {
        this.router = router;
        this.timers = timers;
        this.autoApproval = autoApproval;
    }

    /** The approval id of a request: derived from the impact event, so a redelivery finds the same request. */
    public static String approvalIdFor(EventEnvelope<?> impactEvent) {
        return UUID.nameUUIDFromBytes((impactEvent.id() + "->approval").getBytes(StandardCharsets.UTF_8)).toString();
    }

    public ApprovalRecord create(EventEnvelope<ImpactAssessed> event, Instant now) {
        ImpactAssessed write = event.data();
        requireApprovable(write);
        ImpactReport impact = write.impact();
        String binding = ApprovalBinding.hash(write.sql(), write.parameters(), write.database(), impact);
        ApprovalLevel level = router.route(impact.risk(), Math.max(0, impact.totalRows()));
        Instant expiresAt = timers.expiresAt(level, now);
        boolean auto = autoApproval.approves(impact, write.rollback() != null);
        String requester = event.userId() == null || event.userId().isBlank() ? "unknown" : event.userId();
        return new ApprovalRecord(approvalIdFor(event), event.requestId(), event.sessionId(), requester,
                auto ? ApprovalState.APPROVED : ApprovalState.PENDING, level, impact.risk(), impact.totalRows(),
                binding, write.sql(), write.parameters(), write.kind(), write.engine(), write.database(), impact,
                write.plan(), write.rollback(), now, auto ? null : timers.escalatesAt(level, now, expiresAt),
                expiresAt, auto ? now : null, auto ? List.of(POLICY) : List.of(),
                auto ? "LOW risk below the auto-approval limit: approved by policy" : null, auto, false,
                write.explanation(), event.cachecontrol());
    }

    private static void requireApprovable(ImpactAssessed write) {
        if (write.kind() == null || !write.kind().isWrite()) {
            throw new PipelineException(ErrorCode.BAD_REQUEST,
                    "Only INSERT, UPDATE, DELETE and MERGE statements go through approval, not " + write.kind() + ".",
                    "Submit the statement again; reads run without approval.");
        }
        if (write.database() == null || write.database().isBlank() || write.sql() == null || write.sql().isBlank()
                || write.impact() == null || write.plan() == null) {
            throw new PipelineException(ErrorCode.BAD_REQUEST,
                    "The impact report arrived incomplete (statement, database, impact or plan missing), so nobody"
                            + " can approve it.",
                    "Submit the write again; if it keeps happening, an operator should check impact-service.");
        }
        if (write.impact().blocked()) {
            throw new PipelineException(ErrorCode.CONFLICT,
                    "The write cannot succeed as it stands: " + String.join("; ", write.impact().blockers()) + ".",
                    "Change the statement so nothing blocks it (for example delete or re-point the referencing"
                            + " rows first), then submit it again.");
        }
    }
}
