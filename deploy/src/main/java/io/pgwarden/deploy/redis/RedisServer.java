package io.pgwarden.deploy.redis;

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

    /** Returns once Redis has logged that it accepts connections. */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("Redis was stopped before it started");
        }
        server = redis.embedded.RedisServer.builder()
                .bind("127.0.0.1")
                .port(port)
                .setting("save \"\"")
                .setting("appendonly no")
                .build();
        server.start();
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
