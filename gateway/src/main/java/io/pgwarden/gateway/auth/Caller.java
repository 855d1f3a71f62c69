package io.pgwarden.gateway.auth;

import java.util.List;

/**
 * The authenticated user behind a request.
 *
 * @param userId the user id, carried in every event of the user's requests
 * @param roles  the user's roles
 */
public record Caller(String userId, List<String> roles) {

    public Caller {
        roles = List.copyOf(roles);
    }
}
