package io.pgwarden.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenDirectoryTest {

    @Test
    void readsTheTokenOfABearerHeader() {
        assertThat(TokenDirectory.bearerToken("Bearer analyst-token")).contains("analyst-token");
        assertThat(TokenDirectory.bearerToken("  bearer   analyst-token ")).contains("analyst-token");
        assertThat(TokenDirectory.bearerToken("BEARER analyst-token")).contains("analyst-token");
    }

    @Test
    void refusesHeadersThatCarryNoBearerToken() {
        assertThat(TokenDirectory.bearerToken(null)).isEmpty();
        assertThat(TokenDirectory.bearerToken("Bearer")).isEmpty();
        assertThat(TokenDirectory.bearerToken("Bearer    ")).isEmpty();
        assertThat(TokenDirectory.bearerToken("Basic YWxpY2U6c2VjcmV0")).isEmpty();
        assertThat(TokenDirectory.bearerToken("Beareranalyst-token")).isEmpty();
    }

    @Test
    void parsesTheCompactFormOfExtraTokens() {
        Map<String, Caller> callers = TokenDirectory.parseCompact(
                "s3cret=erin:analyst,manager; ;other = frank : analyst");

        assertThat(callers).containsOnly(
                Map.entry("s3cret", new Caller("erin", List.of("analyst", "manager"))),
                Map.entry("other", new Caller("frank", List.of("analyst"))));
    }

    @Test
    void aTokenWithoutRolesIsAllowed() {
        assertThat(TokenDirectory.parseCompact("t0ken=grace:")).containsOnly(
                Map.entry("t0ken", new Caller("grace", List.of())));
    }

    @Test
    void aMalformedEntryFailsWithoutPrintingTheWholeSecret() {
        assertThatThrownBy(() -> TokenDirectory.parseCompact("supersecretvalue-erin"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pgwarden.auth.extra-tokens entry 'supe****' is not of the form token=user:role1,role2");
        assertThatThrownBy(() -> TokenDirectory.parseCompact("abc=:analyst"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void looksCallersUpByTheirExactToken() {
        TokenDirectory directory = new TokenDirectory(Map.of("analyst-token", new Caller("alice", List.of("analyst"))));

        assertThat(directory.callerFor("analyst-token")).contains(new Caller("alice", List.of("analyst")));
        assertThat(directory.callerFor("ANALYST-TOKEN")).isEmpty();
        assertThat(directory.callerFor(null)).isEmpty();
    }
}
