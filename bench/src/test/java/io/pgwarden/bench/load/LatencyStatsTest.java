package io.pgwarden.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatencyStatsTest {

    @Test
    void percentilesUseTheNearestRank() {
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) {
            nanos[i] = (100 - i) * 1_000_000L;
        }

        LatencyStats stats = LatencyStats.of(nanos, 2_000_000_000L);

        assertThat(stats.count()).isEqualTo(100);
        assertThat(stats.p50Millis()).isEqualTo(50.0);
        assertThat(stats.p95Millis()).isEqualTo(95.0);
        assertThat(stats.p99Millis()).isEqualTo(99.0);
        assertThat(stats.maxMillis()).isEqualTo(100.0);
        assertThat(stats.throughputPerSecond()).isEqualTo(50.0);
    }

    @Test
    void aSingleMeasurementIsEveryPercentile() {
        LatencyStats stats = LatencyStats.of(new long[] {3_000_000L}, 1_000_000_000L);

        assertThat(stats.p50Millis()).isEqualTo(3.0);
        assertThat(stats.p99Millis()).isEqualTo(3.0);
    }

    @Test
    void refusesAnEmptyMeasurement() {
        assertThatThrownBy(() -> LatencyStats.of(new long[0], 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
