package io.pgwarden.deploy;

import io.pgwarden.deploy.service.PgwardenService;

import java.util.List;

/** What the launcher prints once everything is up: where things are, who to be, and what to try. */
final class DemoBanner {

    /** The gateway's endpoint for a plain-language question (POST, JSON body {"question": "..."}); docs/api.md. */
    static final String ASK_PATH = "/api/v1/ask";

    /** Demo logins the gateway's shipped configuration accepts as bearer tokens: token, user, roles. */
    static final List<List<String>> DEMO_TOKENS = List.of(
            List.of("analyst-token", "alice", "analyst"),
            List.of("lead-token", "bob", "analyst, team-lead"),
            List.of("manager-token", "carol", "analyst, manager"),
            List.of("director-token", "dave", "analyst, director"));

    static final List<String> EXAMPLE_QUESTIONS = List.of(
            "How many customers are there?",
            "Show me all customers from California",
            "Top 5 products by price");

    static final String EXAMPLE_WRITE = "DELETE FROM orders WHERE customer_id = 12";

    private DemoBanner() {
    }

    static String render(PgwardenSystem system) {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        out.append(nl).append("pgwarden is running.").append(nl).append(nl);
        if (system.config().services().contains(PgwardenService.GATEWAY)) {
            out.append(row("Gateway", system.gatewayUrl().toString()));
            out.append(row("OpenAPI", system.openApiUrl().toString()));
        }
        for (PgwardenService service : system.config().services()) {
            if (service != PgwardenService.GATEWAY) {
                out.append(row(service.moduleName(), system.serviceUrl(service).toString()));
            }
        }
        out.append(row("Target DB", system.targetDatabase().jdbcUrl() + "  (reads as "
                + system.targetDatabase().user() + ")"));
        out.append(row("System DB", system.systemDatabase().jdbcUrl() + "  (user/password pgwarden/pgwarden)"));
        out.append(row("Kafka", system.kafkaBootstrapServers()));
        out.append(row("Redis", system.redisUrl()));
        out.append(row("Logs", system.config().logDir().toString()));
        out.append(nl).append("Demo bearer tokens:").append(nl);
        for (List<String> token : DEMO_TOKENS) {
            out.append(String.format("  %-16s user %-6s roles %s%n", token.get(0), token.get(1), token.get(2)));
        }
        out.append(nl).append("Try:").append(nl);
        for (String question : EXAMPLE_QUESTIONS) {
            out.append("  ").append(curl(system, question)).append(nl);
        }
        out.append(nl).append("A write waits for an approval (answer: AWAITING_APPROVAL with its impact and approvalId):")
                .append(nl);
        out.append("  curl -s ").append(system.gatewayUrl().resolve("/api/v1/sql"))
                .append(" -H 'Authorization: Bearer analyst-token' -H 'Content-Type: application/json'")
                .append(" -d '{\"sql\": \"").append(EXAMPLE_WRITE).append("\"}'").append(nl);
        out.append("  then, as the level it names (here lead-token), approve it:").append(nl);
        out.append("  curl -s -X POST ").append(system.gatewayUrl().resolve("/api/v1/approvals/"))
                .append("<approvalId>/approve -H 'Authorization: Bearer lead-token'")
                .append(" -H 'Content-Type: application/json' -d '{\"comment\": \"checked\"}'").append(nl);
        out.append("  and undo it: POST /api/v1/requests/<requestId>/rollback (docs/api.md)").append(nl);
        out.append(nl).append("Press Ctrl-C to stop everything.").append(nl);
        return out.toString();
    }

    static String curl(PgwardenSystem system, String question) {
        return "curl -s " + system.gatewayUrl().resolve(ASK_PATH)
                + " -H 'Authorization: Bearer analyst-token' -H 'Content-Type: application/json'"
                + " -d '{\"question\": \"" + question + "\"}'";
    }

    private static String row(String label, String value) {
        return String.format("  %-18s %s%n", label, value);
    }
}
