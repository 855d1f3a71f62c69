package io.pgwarden.deploy;

import io.pgwarden.deploy.service.MissingServiceJars;
import io.pgwarden.deploy.service.PgwardenService;
import io.pgwarden.deploy.support.Ports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Problems found before anything starts, so they fail in a second with a message that says what to do. */
final class PreStartChecks {

    private PreStartChecks() {
    }

    static void requireServiceJars(SystemConfig config) {
        List<Path> missing = config.services().stream()
                .map(service -> config.repository().serviceJar(service))
                .filter(jar -> !Files.isRegularFile(jar))
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(MissingServiceJars.message(missing));
        }
    }

    static void requirePortsFree(SystemConfig config) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("PostgreSQL (PGWARDEN_PG_PORT)", config.postgresPort());
        ports.put("Kafka (PGWARDEN_KAFKA_PORT)", config.kafkaPort());
        ports.put("Redis (PGWARDEN_REDIS_PORT)", config.redisPort());
        for (PgwardenService service : config.services()) {
            ports.put(service.moduleName() + " (" + LauncherSettings.portVariable(service) + ")",
                    config.servicePort(service));
        }
        List<String> busy = new ArrayList<>();
        ports.forEach((what, port) -> {
            if (!Ports.isFree(port)) {
                busy.add("  " + port + " for " + what);
            }
        });
        if (!busy.isEmpty()) {
            throw new IllegalStateException("Port(s) already in use (is another pgwarden running?):"
                    + System.lineSeparator() + String.join(System.lineSeparator(), busy) + System.lineSeparator()
                    + "Stop whatever uses them, or choose other ports with the variables named above.");
        }
    }
}
