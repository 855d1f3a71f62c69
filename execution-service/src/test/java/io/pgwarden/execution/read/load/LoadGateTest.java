package io.pgwarden.execution.read.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.kit.error.PipelineException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LoadGateTest {

    private final AtomicLong clock = new AtomicLong();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger samples = new AtomicInteger();

    private LoadGate gate(int maxActive) {
        return new LoadGate(maxActive, Duration.ofSeconds(1), () -> {
            samples.incrementAndGet();
            return active.get();
        }, clock::get);
    }

    @Test
    void theThresholdItselfIsTooBusy() {
        assertThat(LoadGate.overloaded(9, 10)).isFalse();
        assertThat(LoadGate.overloaded(10, 10)).isTrue();
        assertThat(LoadGate.overloaded(500, 0)).as("0 turns the check off").isFalse();
    }

    @Test
    void aBusyDatabaseRefusesNewReadsAsBusyWithRetry() {
        active.set(12);

        assertThatThrownBy(() -> gate(10).admit())
                .isInstanceOfSatisfying(PipelineException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.BUSY);
                    assertThat(e.getMessage()).contains("12 queries are running").contains("limit")
                            .contains("10");
                    assertThat(e.hint()).isEqualTo("Retry in a few seconds.");
                });
    }

    @Test
    void samplesAtMostOncePerIntervalWhateverTheNumberOfReads() {
        LoadGate gate = gate(10);
        active.set(3);

        for (int i = 0; i < 100; i++) {
            gate.admit();
            clock.addAndGet(Duration.ofMillis(5).toNanos());
        }

        assertThat(samples.get()).as("100 reads over 0.5 s").isEqualTo(1);
    }

    @Test
    void decidesOnTheLatestSampleUntilTheIntervalHasPassed() {
        LoadGate gate = gate(10);
        active.set(3);
        gate.admit();

        active.set(20);
        clock.addAndGet(Duration.ofMillis(999).toNanos());
        assertThatCode(gate::admit).as("the sample of 999 ms ago still says 3").doesNotThrowAnyException();

        clock.addAndGet(Duration.ofMillis(1).toNanos());
        assertThatThrownBy(gate::admit).isInstanceOf(PipelineException.class);

        active.set(2);
        clock.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThatCode(gate::admit).as("load went down again").doesNotThrowAnyException();
        assertThat(samples.get()).isEqualTo(3);
    }

    @Test
    void aSampleThatFailsRefusesNothingAndIsNotRetriedOnEveryRead() {
        AtomicInteger attempts = new AtomicInteger();
        LoadGate gate = new LoadGate(1, Duration.ofSeconds(1), () -> {
            attempts.incrementAndGet();
            throw new java.sql.SQLException("connection refused", "08001");
        }, clock::get);

        gate.admit();
        gate.admit();
        clock.addAndGet(Duration.ofSeconds(1).toNanos());
        gate.admit();

        assertThat(attempts.get()).isEqualTo(2);
    }

    @Test
    void aGateThatIsOffNeverSamples() {
        LoadGate gate = gate(0);
        active.set(1000);

        gate.admit();

        assertThat(samples.get()).isZero();
    }
}
