package io.pgwarden.gateway.store;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.event.RequestFailed;
import io.pgwarden.gateway.config.GatewayConfig;
import io.pgwarden.gateway.tracking.RequestSnapshot;
import io.pgwarden.gateway.tracking.RequestStatus;
import io.pgwarden.gateway.tracking.TimeoutNotice;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The request history in the system database, schema {@code gateway}: written at submission, updated when the
 * request ends. Several gateway instances may store the same ending; the first ending stored wins, and later
 * writes only refresh it with the same status.
 */
@ApplicationScoped
public class RequestHistory implements PanacheRepositoryBase<RequestRecord, String> {

    private final GatewayConfig config;

    @Inject
    public RequestHistory(GatewayConfig config) {
        this.config = config;
    }

    @Transactional
    public void recordSubmission(RequestSnapshot snapshot) {
        RequestRecord row = new RequestRecord();
        RecordMapping.write(snapshot, row, config.history().storedRows());
        persist(row);
    }

    /** Stores a request's ending; returns false when a different ending was stored first. */
    @Transactional
    public boolean recordEnd(RequestSnapshot snapshot) {
        RequestRecord row = findById(snapshot.requestId());
        if (row == null) {
            if (snapshot.kind() == null || snapshot.text() == null) {
                // seen only from the middle of its lifecycle; nothing to show as the submission
                return false;
            }
            row = new RequestRecord();
            RecordMapping.write(snapshot, row, config.history().storedRows());
            persist(row);
            return true;
        }
        boolean stillRunning = !RequestStatus.valueOf(row.status).done();
        if (!stillRunning && !snapshot.status().name().equals(row.status)) {
            return false;
        }
        RecordMapping.write(snapshot, row, config.history().storedRows());
        return true;
    }

    /**
     * Stores that a write now waits for an approval, so that the abandoned-request sweep (which ends RUNNING rows)
     * leaves it alone and a restarted gateway still shows it. An ending stored first wins.
     */
    @Transactional
    public void recordAwaitingApproval(RequestSnapshot snapshot) {
        RequestRecord row = findById(snapshot.requestId());
        if (row == null) {
            if (snapshot.kind() != null && snapshot.text() != null) {
                row = new RequestRecord();
                RecordMapping.write(snapshot, row, config.history().storedRows());
                persist(row);
            }
            return;
        }
        if (!RequestStatus.valueOf(row.status).done()) {
            RecordMapping.write(snapshot, row, config.history().storedRows());
        }
    }

    /**
     * Re-opens a request that ended asking for clarification, with the user's answer as its question, so that the
     * history and the abandoned-request sweep see it running again.
     *
     * @return false when the request is not (or no longer) waiting for a clarification
     */
    @Transactional
    public boolean recordResumed(String requestId, String answeredQuestion) {
        return update("status = ?1, text = ?2, completedAt = null, clarification = null where id = ?3 and status = ?4",
                RequestStatus.RUNNING.name(), answeredQuestion, requestId,
                RequestStatus.NEEDS_CLARIFICATION.name()) == 1;
    }

    @Transactional
    public Optional<RequestSnapshot> find(String requestId) {
        return findByIdOptional(requestId).map(RecordMapping::read);
    }

    /** The session's requests, newest first. */
    @Transactional
    public List<RequestSnapshot> ofSession(String sessionId) {
        return find("sessionId", Sort.descending("createdAt"), sessionId)
                .page(Page.ofSize(config.history().pageSize()))
                .list().stream().map(RecordMapping::read).toList();
    }

    /** The user who started the session (made its first request), if it has any request. */
    @Transactional
    public Optional<String> sessionOwner(String sessionId) {
        return find("sessionId", Sort.ascending("createdAt"), sessionId)
                .project(OwnerView.class)
                .firstResultOptional()
                .map(OwnerView::userId);
    }

    @Transactional
    public boolean ended(String requestId) {
        return count("id = ?1 and status not in (?2, ?3)", requestId, RequestStatus.RUNNING.name(),
                RequestStatus.AWAITING_APPROVAL.name()) > 0;
    }

    /**
     * Ends requests still RUNNING in the history that no gateway is following any more (one stopped while they
     * ran): those older than {@code cutoff}.
     */
    @Transactional
    public int timeOutAbandoned(Instant cutoff, Instant now, Duration deadline) {
        RequestFailed notice = TimeoutNotice.of(Optional.empty(), deadline);
        return update("""
                status = :timedOut, errorCode = :code, errorMessage = :message, errorHint = :hint,
                completedAt = :now
                where status = :running and createdAt < :cutoff
                """, Parameters.with("timedOut", RequestStatus.TIMED_OUT.name())
                .and("code", ErrorCode.TIMEOUT.name())
                .and("message", notice.message())
                .and("hint", notice.hint())
                .and("now", now)
                .and("running", RequestStatus.RUNNING.name())
                .and("cutoff", cutoff));
    }

    /** Projection for {@link #sessionOwner}: only the user id is read. */
    public record OwnerView(String userId) {
    }
}
