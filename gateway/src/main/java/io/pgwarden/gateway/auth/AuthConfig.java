package io.pgwarden.gateway.auth;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bearer tokens and the user each stands for, under {@code pgwarden.auth}. The demo tokens ship in
 * application.properties; an environment overrides one with
 * {@code PGWARDEN_AUTH_TOKENS__ANALYST_TOKEN__USER=...} or adds its own with {@code PGWARDEN_AUTH_EXTRA_TOKENS}.
 */
@ConfigMapping(prefix = "pgwarden.auth")
public interface AuthConfig {

    /** Token to grant, for example {@code pgwarden.auth.tokens."analyst-token".user=alice}. */
    Map<String, Grant> tokens();

    /**
     * More tokens in one line, for environments: {@code token=user:role1,role2;token2=user2:role}.
     */
    Optional<String> extraTokens();

    interface Grant {
        /** The user id the token authenticates as. */
        String user();

        /** The user's roles, such as {@code analyst}, {@code team-lead}, {@code manager}, {@code director}. */
        List<String> roles();
    }
}
