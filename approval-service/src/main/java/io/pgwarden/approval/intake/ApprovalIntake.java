package io.pgwarden.approval.intake;

import io.pgwarden.approval.audit.AuditEntry;
import io.pgwarden.approval.audit.AuditLog;
import io.pgwarden.approval.messaging.ApprovalAnnouncer;
import io.pgwarden.approval.store.ApprovalRecord;
import io.pgwarden.approval.store.ApprovalStore;
import io.pgwarden.approval.store.Transactions;
import io.pgwarden.contracts.approval.ApprovalState;
import io.pgwarden.contracts.event.EventEnvelope;
import io.pgwarden.contracts.event.ImpactAssessed;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Stores the approval request for a measured write and announces it, in one transaction. A redelivered impact
 * event finds its request already stored and does nothing; a second, different impact event for a request that
 * already has an approval is refused (recorded in the audit log), since one request is approved once.
 */
public final class ApprovalIntake {

    private static final Logger LOG = Logger.getLogger(ApprovalIntake.class);

    private final Transactions transactions;
    private final ApprovalStore store;
    private final RequestFactory factory;
    private final ApprovalAnnouncer announcer;
    private final AuditLog audit;

    public ApprovalIntake(Transactions transactions, ApprovalStore store, RequestFactory factory,
            ApprovalAnnouncer announcer, AuditLog audit) {
        this.transactions = transactions;
        this.store = store;
        this.factory = factory;
        this.announcer = announcer;
        this.audit = audit;
    }

    /**
     * The stored request: new, or the one a redelivery of the same event created before; empty when the request had
     * already ended (given up by the gateway, or failed) before its impact report arrived.
     */
    public Optional<ApprovalRecord> receive(EventEnvelope<ImpactAssessed> event, Instant now) {
        ApprovalRecord record = factory.create(event, now);
        return transactions.inTransaction(connection -> {
            EndedRequests.lockRequest(connection, record.requestId());
            Optional<String> ended = EndedRequests.endedReason(connection, record.requestId());
            if (ended.isPresent() && store.findByRequest(connection, record.requestId()).isEmpty()) {
                LOG.infof("request %s had ended (%s); its impact report does not become an approval",
                        record.requestId(), ended.get());
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("reason", ended.get());
                details.put("ignoredBindingHash", record.bindingHash());
                audit.append(connection, new AuditEntry(null, "audit.impact-after-end", record.requestId(), null,
                        event.userId(), details), now);
                return Optional.empty();
            }
            return Optional.of(store(connection, event, record, now));
        });
    }

    private ApprovalRecord store(Connection connection, EventEnvelope<ImpactAssessed> event, ApprovalRecord record,
            Instant now) throws SQLException {
        if (!store.insert(connection, record)) {
            Optional<ApprovalRecord> existing = store.find(connection, record.approvalId());
            if (existing.isPresent()) {
                return existing.get();
            }
            ApprovalRecord first = store.findByRequest(connection, record.requestId()).orElseThrow();
            LOG.warnf("request %s already has approval %s; impact event %s ignored", record.requestId(),
                    first.approvalId(), event.id());
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("reason", "the request already has an approval; a second impact report is ignored");
            details.put("existingApproval", first.approvalId());
            details.put("existingBindingHash", first.bindingHash());
            details.put("ignoredBindingHash", record.bindingHash());
            audit.append(connection, new AuditEntry(null, "audit.impact-ignored", record.requestId(),
                    first.approvalId(), event.userId(), details), now);
            return first;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("state", record.state());
        details.put("requiredLevel", record.requiredLevel());
        details.put("risk", record.risk());
        details.put("totalRows", record.totalRows());
        details.put("bindingHash", record.bindingHash());
        details.put("database", record.database());
        details.put("sql", record.sql());
        details.put("parameters", record.parameters());
        details.put("escalatesAt", record.escalatesAt());
        details.put("expiresAt", record.expiresAt());
        audit.append(connection, new AuditEntry(null, "audit.approval-stored", record.requestId(),
                record.approvalId(), record.requester(), details), now);
        if (record.state() == ApprovalState.APPROVED) {
            Map<String, Object> decision = new LinkedHashMap<>();
            decision.put("outcome", "APPROVED");
            decision.put("decidedBy", record.decidedBy());
            decision.put("autoApproved", true);
            decision.put("comment", record.comment());
            audit.append(connection, new AuditEntry(null, "audit.decision", record.requestId(),
                    record.approvalId(), RequestFactory.POLICY, decision), now);
            announcer.decided(connection, record, record.requiredLevel(), now);
        } else {
            announcer.requested(connection, record, event, now);
        }
        return record;
    }
}
