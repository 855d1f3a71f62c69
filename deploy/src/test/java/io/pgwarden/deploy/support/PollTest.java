package io.pgwarden.deploy.support;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class PollTest {

    private final Poll poll = Poll.every(Duration.ofMillis(10));

    @Test
    void asksAgainUntilTheConditionHolds() {
        AtomicInteger attempts = new AtomicInteger();

        assertThat(poll.until(() -> attempts.incrementAndGet() == 3, () -> false, Instant.now().plusSeconds(5)))
                .isEqualTo(Poll.Outcome.SATISFIED);
        assertThat(attempts).hasValue(3);
    }

    @Test
    void stopsAtOnceWhenWaitingBecomesPointless() {
        AtomicInteger attempts = new AtomicInteger();

        assertThat(poll.until(() -> attempts.incrementAndGet() > 100, () -> attempts.get() == 2,
                Instant.now().plusSeconds(5))).isEqualTo(Poll.Outcome.GAVE_UP);
        assertThat(attempts).hasValue(2);
    }

    @Test
    void givesUpAtTheDeadline() {
        Instant began = Instant.now();

        assertThat(poll.until(() -> false, () -> false, began.plusMillis(200))).isEqualTo(Poll.Outcome.TIMED_OUT);
        assertThat(Duration.between(began, Instant.now())).isBetween(Duration.ofMillis(150), Duration.ofSeconds(2));
    }
}
