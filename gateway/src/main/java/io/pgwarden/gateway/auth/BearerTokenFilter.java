package io.pgwarden.gateway.auth;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Authenticates every REST call. The /q/* endpoints (health, OpenAPI) are not REST resources, so they stay open.
 * A failure throws, and the problem mappers answer 401.
 */
public class BearerTokenFilter {

    /** Browsers' EventSource cannot set headers, so event streams also take {@code ?token=}. */
    private static final String EVENT_STREAM_SUFFIX = "/events";

    private final Authenticator authenticator;
    private final CurrentCaller currentCaller;

    @Inject
    public BearerTokenFilter(Authenticator authenticator, CurrentCaller currentCaller) {
        this.authenticator = authenticator;
        this.currentCaller = currentCaller;
    }

    @ServerRequestFilter
    public void authenticate(ContainerRequestContext request) {
        // Elsewhere only the header counts: a token in a URL ends up in access logs and browser history.
        String queryToken = request.getUriInfo().getPath().endsWith(EVENT_STREAM_SUFFIX)
                ? request.getUriInfo().getQueryParameters().getFirst("token")
                : null;
        currentCaller.set(authenticator.authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION),
                queryToken));
    }
}
