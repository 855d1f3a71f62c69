package io.pgwarden.deploy.redis;

import io.pgwarden.deploy.support.Poll;
import java.time.Duration;
import java.time.Instant;
import redis.embedded.exceptions.EmbeddedRedisException;

/**
 * Redis 7 from the binaries bundled in org.signal:embedded-redis, on 127.0.0.1, with no persistence:
 * it holds caches only, which the services rebuild.
 */
public final class RedisServer implements AutoCloseable {

    private final int port;
    private redis.embedded.RedisServer server;
    private boolean closed;

    public RedisServer(int port) {
        this.port = port;
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /**
     * Returns once Redis has logged that it accepts connections.
     *
     * <p>embedded-redis writes the server binary to a temporary file and runs it. When another thread of this JVM
     * forks a process at that moment (PostgreSQL and Kafka start side by side), the child briefly inherits the file's
     * write handle and the kernel refuses to run it ("Text file busy"). The handle is gone as soon as that child
     * execs, so the start is simply tried again for a few seconds.
     */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("Redis was stopped before it started");
        }
        RuntimeException[] lastBusy = new RuntimeException[1];
        Poll.Outcome outcome = Poll.every(Duration.ofMillis(100)).until(() -> {
            try {
                server = newServer();
                server.start();
                return true;
            } catch (EmbeddedRedisException e) {
                if (!textFileBusy(e)) {
                    throw e;
                }
                lastBusy[0] = e;
                return false;
            }
        }, () -> false, Instant.now().plus(Duration.ofSeconds(5)));
        if (outcome != Poll.Outcome.SATISFIED) {
            throw new IllegalStateException("Redis could not be started on port " + port, lastBusy[0]);
        }
    }

    private redis.embedded.RedisServer newServer() {
        return redis.embedded.RedisServer.builder()
                .bind("127.0.0.1")
                .port(port)
                .setting("save \"\"")
                .setting("appendonly no")
                .build();
    }

    private static boolean textFileBusy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("Text file busy")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
