package io.pgwarden.execution.read.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pgwarden.contracts.event.EventCodec;
import io.pgwarden.execution.config.ExecutionConfig;
import io.pgwarden.execution.read.ReadResult;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.value.ValueCommands;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Read results in Redis for the PRD's 5 minutes, under {@link ReadCacheKey}. Redis being down costs speed, never an
 * answer: every failure here is logged and the read runs in the database.
 */
@ApplicationScoped
public class ReadCache {

    private static final Logger LOG = Logger.getLogger(ReadCache.class);

    // Decimal values keep their scale through the cache (12.50 stays 12.50), as in a result read from the database.
    private static final ObjectMapper JSON = EventCodec.mapper().copy()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final ValueCommands<String, String> values;
    private final ExecutionConfig config;

    @Inject
    public ReadCache(RedisDataSource redis, ExecutionConfig config) {
        this.values = redis.value(String.class);
        this.config = config;
    }

    public boolean enabled() {
        return config.cache().enabled();
    }

    public Optional<ReadResult> get(String key) {
        try {
            String json = values.get(key);
            return json == null ? Optional.empty() : Optional.of(decode(json).fromCache());
        } catch (RuntimeException | JsonProcessingException e) {
            LOG.warnf("read cache unavailable, reading from the database: %s", e.getMessage());
            return Optional.empty();
        }
    }

    public void put(String key, ReadResult result) {
        try {
            values.setex(key, config.cache().ttl().toSeconds(), encode(result));
        } catch (RuntimeException | JsonProcessingException e) {
            LOG.warnf("read cache unavailable, result not cached: %s", e.getMessage());
        }
    }

    static String encode(ReadResult result) throws JsonProcessingException {
        return JSON.writeValueAsString(result);
    }

    static ReadResult decode(String json) throws JsonProcessingException {
        return JSON.readValue(json, ReadResult.class);
    }
}
