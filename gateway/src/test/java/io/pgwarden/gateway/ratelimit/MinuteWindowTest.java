package io.pgwarden.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MinuteWindowTest {

    @Test
    void submissionsInTheSameMinuteShareOneCounter() {
        MinuteWindow early = MinuteWindow.of("alice", Instant.parse("2026-01-05T10:15:00Z"));
        MinuteWindow late = MinuteWindow.of("alice", Instant.parse("2026-01-05T10:15:59.900Z"));

        assertThat(early.key()).isEqualTo(late.key()).isEqualTo("pgwarden:gateway:rate:alice:29460135");
        assertThat(early.secondsUntilReset()).isEqualTo(60);
        assertThat(late.secondsUntilReset()).isEqualTo(1);
    }

    @Test
    void theNextMinuteAndOtherUsersCountSeparately() {
        Instant at = Instant.parse("2026-01-05T10:15:30Z");

        assertThat(MinuteWindow.of("alice", at.plusSeconds(30)).key()).isNotEqualTo(MinuteWindow.of("alice", at).key());
        assertThat(MinuteWindow.of("bob", at).key()).isNotEqualTo(MinuteWindow.of("alice", at).key());
    }
}
