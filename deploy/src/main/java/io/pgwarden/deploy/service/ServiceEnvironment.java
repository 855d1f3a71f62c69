package io.pgwarden.deploy.service;

import io.pgwarden.deploy.postgres.DatabaseEndpoint;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The runtime contract every service reads (KAFKA_BOOTSTRAP_SERVERS, PGWARDEN_*_DB_*, PGWARDEN_REDIS_URL,
 * QUARKUS_HTTP_PORT), filled in from where the infrastructure actually runs.
 */
public record ServiceEnvironment(
        String kafkaBootstrapServers,
        DatabaseEndpoint systemDatabase,
        DatabaseEndpoint targetDatabase,
        DatabaseEndpoint targetDatabaseWriter,
        String redisUrl) {

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
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.putAll(shared);
        env.putAll(own);
        return env;
    }
}
