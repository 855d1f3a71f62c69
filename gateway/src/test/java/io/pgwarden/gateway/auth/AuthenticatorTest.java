package io.pgwarden.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.gateway.problem.ProblemException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthenticatorTest {

    private final Authenticator authenticator = new Authenticator(new TokenDirectory(Map.of(
            "analyst-token", new Caller("alice", List.of("analyst")),
            "lead-token", new Caller("bob", List.of("analyst", "team-lead")))));

    @Test
    void aKnownBearerTokenAuthenticatesItsUser() {
        assertThat(authenticator.authenticate("Bearer lead-token", null))
                .isEqualTo(new Caller("bob", List.of("analyst", "team-lead")));
    }

    @Test
    void theQueryTokenServesClientsThatCannotSetHeaders() {
        assertThat(authenticator.authenticate(null, "analyst-token").userId()).isEqualTo("alice");
    }

    @Test
    void theHeaderWinsOverTheQueryToken() {
        assertThat(authenticator.authenticate("Bearer lead-token", "analyst-token").userId()).isEqualTo("bob");
    }

    @Test
    void noTokenIsUnauthenticatedWithAHintAndAChallenge() {
        assertThatThrownBy(() -> authenticator.authenticate(null, null))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHENTICATED);
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.getMessage()).isEqualTo("no bearer token was sent");
                    assertThat(e.hint()).isEqualTo(
                            "Send Authorization: Bearer <token>; see docs/api.md for demo tokens.");
                    assertThat(e.headers()).containsEntry("WWW-Authenticate", "Bearer realm=\"pgwarden\"");
                });
    }

    @Test
    void anUnknownOrMalformedTokenIsUnauthenticated() {
        assertThatThrownBy(() -> authenticator.authenticate("Bearer nope", null))
                .hasMessage("the bearer token is not known");
        assertThatThrownBy(() -> authenticator.authenticate("Token analyst-token", null))
                .hasMessage("the Authorization header is not of the form 'Bearer <token>'");
        assertThatThrownBy(() -> authenticator.authenticate(null, "nope"))
                .hasMessage("the token query parameter is not a known token");
    }
}
