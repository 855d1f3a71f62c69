package io.pgwarden.approval.api;

import io.pgwarden.contracts.error.ErrorCode;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The internal API answers only callers holding the shared secret {@code pgwarden.internal.token}
 * (env PGWARDEN_INTERNAL_TOKEN), in practice the gateway, which authenticates users and passes who they are.
 * Without a configured token every internal call is refused: closed, not open, by default.
 */
public class InternalTokenFilter {

    public static final String HEADER = "X-Pgwarden-Internal-Token";

    private final Optional<String> token;

    public InternalTokenFilter(@ConfigProperty(name = "pgwarden.internal.token") Optional<String> token) {
        this.token = token.map(String::strip).filter(t -> !t.isEmpty());
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> requireToken(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/internal/") && !path.startsWith("internal/")) {
            return Optional.empty();
        }
        String presented = request.getHeaderString(HEADER);
        if (token.isEmpty() || presented == null || !MessageDigest.isEqual(
                token.get().getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(ApiError.response(ErrorCode.UNAUTHENTICATED,
                    "The internal API needs the internal token in the " + HEADER + " header.",
                    token.isEmpty() ? "Set PGWARDEN_INTERNAL_TOKEN on approval-service and its callers."
                            : "Call it through the gateway, which holds the token."));
        }
        return Optional.empty();
    }
}
