package io.pgwarden.bench.load;

/** The two measurements of one run and their ratio. */
public record LoadReport(LoadSettings settings, LatencyStats pipeline, int pipelineFailures, LatencyStats direct,
        int directFailures) {

    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%d questions over %d concurrent sessions, %d distinct questions%n",
                settings.requests(), settings.sessions(), settings.questions().size()));
        out.append(LatencyStats.header()).append('\n');
        out.append(pipeline.row("pgwarden /api/v1/ask")).append('\n');
        out.append(direct.row("direct JDBC (baseline)")).append('\n');
        out.append(String.format("failures: pipeline %d, direct %d%n", pipelineFailures, directFailures));
        out.append(String.format("overhead ratio (pipeline / direct): p50 %.1fx, p95 %.1fx, throughput %.2fx%n",
                pipeline.p50Millis() / direct.p50Millis(), pipeline.p95Millis() / direct.p95Millis(),
                pipeline.throughputPerSecond() / direct.throughputPerSecond()));
        return out.toString();
    }
}
