package io.pgwarden.schema.cache;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.Interceptor;

/**
 * Creates the Redis clients on the main thread before anything else runs. Quarkus builds the blocking and the
 * reactive data source through one shared, unsynchronised map; the catalog publisher's first run (a scheduler
 * thread) creating one while start-up creates the other failed start-up with a ConcurrentModificationException.
 * Once both exist, later look-ups only read the map.
 */
@ApplicationScoped
public class RedisClientsAtStartup {

    void createBoth(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent startup,
            Instance<RedisDataSource> blocking, Instance<ReactiveRedisDataSource> reactive) {
        blocking.get().getReactive();
        reactive.get().getRedis();
    }
}
