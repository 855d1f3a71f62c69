package io.pgwarden.intent.memory;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.pgwarden.contracts.event.EventCodec;
import io.pgwarden.contracts.intent.Intent;
import io.pgwarden.intent.domain.followup.Turn;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.list.ListCommands;
import io.quarkus.redis.datasource.keys.KeyCommands;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The PRD's session memory: the last questions of a session (50 by default), newest first, in Redis with a time to
 * live, each with the intent it was understood as, so a follow-up ("only those in Texas") refines the previous
 * question's structure rather than its words. Redis being down loses the memory, never the request.
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
        push(key(sessionId), question);
    }

    /** Remembers the question and, when it was understood, its intent (null otherwise). */
    public void remember(String sessionId, String question, Intent intent) {
        remember(sessionId, question);
        try {
            push(turnsKey(sessionId), EventCodec.mapper().writeValueAsString(new Turn(question, intent)));
        } catch (JsonProcessingException e) {
            LOG.warnf("turn not remembered: %s", e.getMessage());
        }
    }

    /** The session's turns with their intents, newest first; a turn that no longer decodes is skipped. */
    public List<Turn> turns(String sessionId) {
        List<String> stored;
        try {
            stored = lists.lrange(turnsKey(sessionId), 0, size - 1);
        } catch (RuntimeException e) {
            LOG.warnf("session memory unavailable: %s", e.getMessage());
            return List.of();
        }
        List<Turn> turns = new ArrayList<>();
        for (String json : stored) {
            try {
                turns.add(EventCodec.mapper().readValue(json, Turn.class));
            } catch (JsonProcessingException e) {
                LOG.debugf("skipping a turn that does not decode: %s", e.getMessage());
            }
        }
        return turns;
    }

    private void push(String key, String value) {
        try {
            lists.lpush(key, value);
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

    static String turnsKey(String sessionId) {
        return "pgwarden:session:" + sessionId + ":turns";
    }
}
