package io.pgwarden.deploy.service;

import java.util.Arrays;

/** The seven services, each a Quarkus application built from the Maven module of the same name. */
public enum PgwardenService {
    GATEWAY("gateway", 8080),
    INTENT("intent-service", 8081),
    SCHEMA("schema-service", 8082),
    QUERY("query-service", 8083),
    IMPACT("impact-service", 8084),
    APPROVAL("approval-service", 8085),
    EXECUTION("execution-service", 8086);

    private final String moduleName;
    private final int defaultPort;

    PgwardenService(String moduleName, int defaultPort) {
        this.moduleName = moduleName;
        this.defaultPort = defaultPort;
    }

    /** The Maven module directory, also used as the service's name in logs and settings. */
    public String moduleName() {
        return moduleName;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public static PgwardenService fromModuleName(String name) {
        return Arrays.stream(values())
                .filter(service -> service.moduleName.equals(name.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Unknown service '" + name.trim() + "'; known services: " + Arrays.stream(values())
                                .map(PgwardenService::moduleName).toList()));
    }
}
