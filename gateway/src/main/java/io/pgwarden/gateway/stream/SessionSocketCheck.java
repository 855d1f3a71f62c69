package io.pgwarden.gateway.stream;

import io.pgwarden.gateway.access.RequestAccess;
import io.pgwarden.gateway.auth.Authenticator;
import io.pgwarden.gateway.auth.Caller;
import io.pgwarden.gateway.problem.ProblemException;
import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.quarkus.websockets.next.UserData;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Authenticates the WebSocket handshake before the upgrade: 401 without a known token (header
 * {@code Authorization: Bearer} or, for browsers, {@code ?token=}), 403 for another user's session.
 */
@ApplicationScoped
public class SessionSocketCheck implements HttpUpgradeCheck {

    static final UserData.TypedKey<Caller> CALLER = new UserData.TypedKey<>("pgwarden.caller");

    private static final Logger LOG = Logger.getLogger(SessionSocketCheck.class);

    private final Authenticator authenticator;
    private final RequestAccess access;

    @Inject
    public SessionSocketCheck(Authenticator authenticator, RequestAccess access) {
        this.authenticator = authenticator;
        this.access = access;
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        Caller caller;
        try {
            caller = authenticator.authenticate(context.httpRequest().getHeader("Authorization"),
                    context.httpRequest().getParam("token"));
        } catch (ProblemException e) {
            return CheckResult.rejectUpgrade(e.status(),
                    Map.of("WWW-Authenticate", List.of("Bearer realm=\"pgwarden\"")));
        }
        String sessionId = context.pathParam("sessionId");
        // The ownership check may read the history database, which must not run on the event loop.
        return Uni.createFrom().item(() -> access.mayUseSession(sessionId, caller))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .map(allowed -> {
                    if (!allowed) {
                        return CheckResult.rejectUpgradeSync(403);
                    }
                    context.userData().put(CALLER, caller);
                    return CheckResult.permitUpgradeSync();
                })
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("WebSocket for session %s refused, history unavailable: %s", sessionId,
                            failure.getMessage());
                    return CheckResult.rejectUpgradeSync(503);
                });
    }
}
