package io.pgwarden.intent.memory;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.list.ListCommands;
import io.quarkus.redis.datasource.keys.KeyCommands;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The PRD's session memory: the last questions of a session (50 by default), newest first, in Redis with a time to
 * live. Follow-up questions read it. Redis being down loses the memory, never the request.
 */
@ApplicationScoped
public class SessionMemory {

    private static final Logger LOG = Logger.getLogger(SessionMemory.class);

    private final ListCommands<String, String> lists;
    private final KeyCommands<String> keys;
    private final int size;
    private final Duration ttl;

    @Inject
    public SessionMemory(RedisDataSource redis,
            @ConfigProperty(name = "pgwarden.session.history-size", defaultValue = "50") int size,
            @ConfigProperty(name = "pgwarden.session.ttl", defaultValue = "24h") Duration ttl) {
        this.lists = redis.list(String.class);
        this.keys = redis.key();
        this.size = size;
        this.ttl = ttl;
    }

    public void remember(String sessionId, String question) {
        String key = key(sessionId);
        try {
            lists.lpush(key, question);
            lists.ltrim(key, 0, size - 1);
            keys.expire(key, ttl);
        } catch (RuntimeException e) {
            LOG.warnf("session memory unavailable: %s", e.getMessage());
        }
    }

    /** The session's questions, newest first. */
    public List<String> recent(String sessionId) {
        try {
            return lists.lrange(key(sessionId), 0, size - 1);
        } catch (RuntimeException e) {
            LOG.warnf("session memory unavailable: %s", e.getMessage());
            return List.of();
        }
    }

    static String key(String sessionId) {
        return "pgwarden:session:" + sessionId + ":questions";
    }
}
