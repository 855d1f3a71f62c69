package io.pgwarden.bench.load;

import java.util.List;

/**
 * @param gatewayUrl   base URL of the gateway
 * @param token        bearer token of the asking user
 * @param jdbcUrl      the target database, for the direct baseline
 * @param requests     questions in total per path (N)
 * @param sessions     concurrent sessions (M)
 * @param questions    the questions, asked round-robin
 */
public record LoadSettings(String gatewayUrl, String token, String jdbcUrl, String jdbcUser, String jdbcPassword,
        int requests, int sessions, List<String> questions) {

    public static final List<String> SAMPLE_QUESTIONS = List.of(
            "How many customers are there?",
            "Show me all customers from California",
            "Top 5 products by price",
            "How many customers are in Texas?");
}
