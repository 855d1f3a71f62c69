package io.pgwarden.deploy.service;

import io.pgwarden.deploy.postgres.DatabaseEndpoint;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The runtime contract every service reads (KAFKA_BOOTSTRAP_SERVERS, PGWARDEN_*_DB_*, PGWARDEN_REDIS_URL,
 * QUARKUS_HTTP_PORT), filled in from where the infrastructure actually runs, plus the internal wiring between
 * services: the shared secret the gateway presents to approval-service and execution-service
 * (PGWARDEN_INTERNAL_TOKEN) and where those two listen (PGWARDEN_APPROVAL_URL, PGWARDEN_EXECUTION_URL).
 */
public record ServiceEnvironment(
        String kafkaBootstrapServers,
        DatabaseEndpoint systemDatabase,
        DatabaseEndpoint targetDatabase,
        DatabaseEndpoint targetDatabaseWriter,
        String redisUrl,
        String internalToken,
        String approvalUrl,
        String executionUrl) {

    /**
     * @param port   the service's HTTP port
     * @param shared extra variables for every service, applied over the contract's
     * @param own    extra variables for this service, applied last
     */
    public Map<String, String> forService(int port, Map<String, String> shared, Map<String, String> own) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        env.put("PGWARDEN_SYSTEM_DB_URL", systemDatabase.jdbcUrl());
        env.put("PGWARDEN_SYSTEM_DB_USER", systemDatabase.user());
        env.put("PGWARDEN_SYSTEM_DB_PASSWORD", systemDatabase.password());
        env.put("PGWARDEN_TARGET_DB_URL", targetDatabase.jdbcUrl());
        env.put("PGWARDEN_TARGET_DB_USER", targetDatabase.user());
        env.put("PGWARDEN_TARGET_DB_PASSWORD", targetDatabase.password());
        env.put("PGWARDEN_TARGET_DB_WRITER_USER", targetDatabaseWriter.user());
        env.put("PGWARDEN_TARGET_DB_WRITER_PASSWORD", targetDatabaseWriter.password());
        env.put("PGWARDEN_REDIS_URL", redisUrl);
        env.put("PGWARDEN_INTERNAL_TOKEN", internalToken);
        env.put("PGWARDEN_APPROVAL_URL", approvalUrl);
        env.put("PGWARDEN_EXECUTION_URL", executionUrl);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.putAll(shared);
        env.putAll(own);
        return env;
    }
}
