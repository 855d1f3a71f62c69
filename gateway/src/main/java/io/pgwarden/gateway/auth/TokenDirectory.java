package io.pgwarden.gateway.auth;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which caller each bearer token stands for. Built once from configuration; lookups are read-only. */
public final class TokenDirectory {

    private static final String BEARER = "bearer ";

    private final Map<String, Caller> callers;

    public TokenDirectory(Map<String, Caller> callers) {
        this.callers = Map.copyOf(callers);
    }

    public static TokenDirectory from(AuthConfig config) {
        Map<String, Caller> callers = new HashMap<>();
        config.tokens().forEach((token, grant) -> callers.put(token, new Caller(grant.user(), grant.roles())));
        config.extraTokens().ifPresent(line -> callers.putAll(parseCompact(line)));
        return new TokenDirectory(callers);
    }

    public Optional<Caller> callerFor(String token) {
        return token == null ? Optional.empty() : Optional.ofNullable(callers.get(token));
    }

    public int size() {
        return callers.size();
    }

    /**
     * The token in an {@code Authorization: Bearer <token>} header; the scheme is case-insensitive (RFC 9110).
     */
    public static Optional<String> bearerToken(String authorizationHeader) {
        if (authorizationHeader == null) {
            return Optional.empty();
        }
        String header = authorizationHeader.strip();
        if (header.length() <= BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String token = header.substring(BEARER.length()).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    /**
     * Parses {@code token=user:role1,role2;token2=user2:role}; blank entries are skipped.
     *
     * @throws IllegalArgumentException naming the malformed entry, so a bad deployment fails at start-up
     */
    public static Map<String, Caller> parseCompact(String line) {
        Map<String, Caller> callers = new HashMap<>();
        for (String entry : line.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            int colon = entry.indexOf(':', equals + 1);
            if (equals <= 0 || colon < 0 || colon == equals + 1) {
                throw new IllegalArgumentException("pgwarden.auth.extra-tokens entry '" + mask(entry)
                        + "' is not of the form token=user:role1,role2");
            }
            String token = entry.substring(0, equals).strip();
            String user = entry.substring(equals + 1, colon).strip();
            List<String> roles = Arrays.stream(entry.substring(colon + 1).split(","))
                    .map(String::strip)
                    .filter(role -> !role.isEmpty())
                    .toList();
            callers.put(token, new Caller(user, roles));
        }
        return callers;
    }

    /** Error messages must not print a secret in full. */
    private static String mask(String entry) {
        String trimmed = entry.strip();
        return trimmed.length() <= 4 ? "****" : trimmed.substring(0, 4) + "****";
    }
}
