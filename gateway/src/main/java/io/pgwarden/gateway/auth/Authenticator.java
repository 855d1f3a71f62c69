package io.pgwarden.gateway.auth;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.gateway.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.jboss.logging.Logger;

/** Turns the token a client sends into a {@link Caller}, for HTTP requests and WebSocket handshakes alike. */
@ApplicationScoped
public class Authenticator {

    static final String HOW_TO_AUTHENTICATE = "Send Authorization: Bearer <token>; see docs/api.md for demo tokens.";

    private static final Logger LOG = Logger.getLogger(Authenticator.class);

    private final TokenDirectory directory;

    @Inject
    public Authenticator(AuthConfig config) {
        this(TokenDirectory.from(config));
        LOG.infof("%d bearer tokens configured", directory.size());
    }

    Authenticator(TokenDirectory directory) {
        this.directory = directory;
    }

    /**
     * @param authorizationHeader the {@code Authorization} header, or null
     * @param queryToken          the {@code token} query parameter (browsers cannot set WebSocket headers), or null
     * @throws ProblemException UNAUTHENTICATED when no known token was sent
     */
    public Caller authenticate(String authorizationHeader, String queryToken) {
        if (authorizationHeader != null) {
            String token = TokenDirectory.bearerToken(authorizationHeader).orElseThrow(
                    () -> unauthenticated("the Authorization header is not of the form 'Bearer <token>'"));
            return directory.callerFor(token).orElseThrow(() -> unauthenticated("the bearer token is not known"));
        }
        if (queryToken != null && !queryToken.isBlank()) {
            return directory.callerFor(queryToken.strip())
                    .orElseThrow(() -> unauthenticated("the token query parameter is not a known token"));
        }
        throw unauthenticated("no bearer token was sent");
    }

    private static ProblemException unauthenticated(String detail) {
        return new ProblemException(ErrorCode.UNAUTHENTICATED, 401, detail, HOW_TO_AUTHENTICATE,
                Map.of("WWW-Authenticate", "Bearer realm=\"pgwarden\""));
    }
}
