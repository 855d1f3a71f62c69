package io.pgwarden.bench.load;

import io.pgwarden.deploy.PgwardenSystem;
import io.pgwarden.deploy.SystemConfig;
import io.pgwarden.deploy.service.PgwardenService;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts the whole system on embedded infrastructure (random ports, temporary work directory), drives load through
 * the gateway and directly over JDBC, prints both beside each other, and stops everything.
 *
 * <p>Arguments: {@code --requests=N} (default 200) and {@code --sessions=M} (default 4).
 */
public final class LoadMain {

    private LoadMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        int requests = Integer.parseInt(options.getOrDefault("requests", "200"));
        int sessions = Integer.parseInt(options.getOrDefault("sessions", "4"));
        try (PgwardenSystem system = PgwardenSystem.start(SystemConfig.forTests()
                .allServices()
                // The benchmark is one user asking far more than a person would: lift the per-user rate limit.
                .environment(PgwardenService.GATEWAY, "PGWARDEN_GATEWAY_RATE_LIMIT_ENABLED", "false")
                .build())) {
            LoadSettings settings = new LoadSettings(system.gatewayUrl().toString(), "analyst-token",
                    system.targetDatabase().jdbcUrl(), system.targetDatabase().user(),
                    system.targetDatabase().password(), requests, sessions, LoadSettings.SAMPLE_QUESTIONS);
            LoadReport report = new LoadDriver(settings).run();
            System.out.println();
            System.out.println("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + System.getProperty("java.version"));
            System.out.print(report.render());
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }
}
