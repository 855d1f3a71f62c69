package io.pgwarden.schema.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.pgwarden.contracts.event.EventCodec;
import io.pgwarden.contracts.schema.SchemaCatalog;
import io.pgwarden.schema.config.SchemaConfig;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.value.ValueCommands;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The PRD's schema cache: the catalog in Redis for an hour, keyed by database and structure fingerprint, so a
 * restarted or second schema-service instance skips the lexicon scan and a DDL change (new fingerprint) never
 * reads a stale entry. Redis being down costs speed, never correctness: every failure here is logged and ignored.
 */
@ApplicationScoped
public class CatalogCache {

    private static final Logger LOG = Logger.getLogger(CatalogCache.class);

    private final ValueCommands<String, String> values;
    private final SchemaConfig config;

    @Inject
    public CatalogCache(RedisDataSource redis, SchemaConfig config) {
        this.values = redis.value(String.class);
        this.config = config;
    }

    public Optional<SchemaCatalog> get(String databaseId, String fingerprint) {
        try {
            String json = values.get(key(databaseId, fingerprint));
            return json == null ? Optional.empty()
                    : Optional.of(EventCodec.mapper().readValue(json, SchemaCatalog.class));
        } catch (RuntimeException | JsonProcessingException e) {
            LOG.warnf("schema cache unavailable, reading the catalog from the database: %s", e.getMessage());
            return Optional.empty();
        }
    }

    public void put(SchemaCatalog catalog) {
        try {
            values.setex(key(catalog.databaseId(), catalog.fingerprint()), config.cacheTtl().toSeconds(),
                    EventCodec.mapper().writeValueAsString(catalog));
        } catch (RuntimeException | JsonProcessingException e) {
            LOG.warnf("schema cache unavailable, catalog not cached: %s", e.getMessage());
        }
    }

    static String key(String databaseId, String fingerprint) {
        return "pgwarden:schema:catalog:" + databaseId + ":" + fingerprint;
    }
}
