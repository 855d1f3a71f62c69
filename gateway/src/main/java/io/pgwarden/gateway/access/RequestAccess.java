package io.pgwarden.gateway.access;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.gateway.auth.Caller;
import io.pgwarden.gateway.problem.ProblemException;
import io.pgwarden.gateway.store.RequestHistory;
import io.pgwarden.gateway.tracking.RequestSnapshot;
import io.pgwarden.gateway.tracking.RequestTracker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Who may see what: a user sees only their own requests and sessions. A session belongs to the user who made its
 * first request; a session nobody has used yet is open to whoever uses it first.
 */
@ApplicationScoped
public class RequestAccess {

    private final RequestTracker tracker;
    private final RequestHistory history;

    @Inject
    public RequestAccess(RequestTracker tracker, RequestHistory history) {
        this.tracker = tracker;
        this.history = history;
    }

    /**
     * The request as the caller may see it: live state when this instance follows it, else the history's.
     *
     * @throws ProblemException NOT_FOUND when unknown, FORBIDDEN when it is another user's
     */
    public RequestSnapshot visibleRequest(String requestId, Caller caller) {
        RequestSnapshot snapshot = tracker.snapshot(requestId)
                .or(() -> fromHistory(requestId))
                .orElseThrow(() -> new ProblemException(ErrorCode.NOT_FOUND, "no request with id " + requestId,
                        "Use the requestId returned by POST /api/v1/ask, /api/v1/sql or"
                                + " /api/v1/sessions/{sessionId}/questions."));
        if (!caller.userId().equals(snapshot.userId())) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "request " + requestId + " belongs to another user",
                    "You can only see your own requests.");
        }
        return snapshot;
    }

    /** @throws ProblemException FORBIDDEN when the session is another user's */
    public void checkSession(String sessionId, Caller caller) {
        if (!mayUseSession(sessionId, caller)) {
            throw new ProblemException(ErrorCode.FORBIDDEN, "session " + sessionId + " belongs to another user",
                    "Use one of your own sessions, or leave sessionId out to start a new one.");
        }
    }

    public boolean mayUseSession(String sessionId, Caller caller) {
        Optional<String> owner = tracker.sessionOwner(sessionId).or(() -> ownerInHistory(sessionId));
        return owner.map(caller.userId()::equals).orElse(true);
    }

    private Optional<RequestSnapshot> fromHistory(String requestId) {
        try {
            return history.find(requestId);
        } catch (RuntimeException e) {
            throw historyDown(e);
        }
    }

    private Optional<String> ownerInHistory(String sessionId) {
        try {
            return history.sessionOwner(sessionId);
        } catch (RuntimeException e) {
            throw historyDown(e);
        }
    }

    public static ProblemException historyDown(RuntimeException cause) {
        return new ProblemException(ErrorCode.DEPENDENCY_DOWN, "the request history database is unavailable",
                "Retry in a moment; an operator can check the gateway's readiness at /q/health/ready.", cause);
    }
}
