package io.pgwarden.bench.load;

import java.util.Arrays;

/** Percentiles and throughput of a set of latencies measured over one wall-clock window. */
public record LatencyStats(int count, double p50Millis, double p95Millis, double p99Millis, double maxMillis,
        double throughputPerSecond) {

    public static LatencyStats of(long[] nanos, long wallNanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no latencies measured");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new LatencyStats(sorted.length, millis(percentile(sorted, 50)), millis(percentile(sorted, 95)),
                millis(percentile(sorted, 99)), millis(sorted[sorted.length - 1]),
                sorted.length / (wallNanos / 1e9));
    }

    /** Nearest-rank percentile. */
    static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    public String row(String label) {
        return String.format("%-22s %6d %10.2f %10.2f %10.2f %10.2f %12.1f", label, count, p50Millis, p95Millis,
                p99Millis, maxMillis, throughputPerSecond);
    }

    public static String header() {
        return String.format("%-22s %6s %10s %10s %10s %10s %12s", "path", "n", "p50 ms", "p95 ms", "p99 ms",
                "max ms", "per second");
    }
}
