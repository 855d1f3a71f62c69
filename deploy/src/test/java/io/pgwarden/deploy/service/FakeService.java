package io.pgwarden.deploy.service;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Stands in for a Quarkus service in tests of the process handling: listens on QUARKUS_HTTP_PORT, answers
 * /q/health/ready, and shows its environment at /env/NAME. FAKE_SERVICE_MODE=crash makes it exit with code 3,
 * FAKE_SERVICE_MODE=never-ready makes readiness answer 503. Only JDK classes, so its one class file is a jar.
 */
public final class FakeService {

    private FakeService() {
    }

    public static void main(String[] args) throws IOException {
        String mode = System.getenv().getOrDefault("FAKE_SERVICE_MODE", "ready");
        if (mode.equals("crash")) {
            System.out.println("fake service: cannot reach Kafka at " + System.getenv("KAFKA_BOOTSTRAP_SERVERS"));
            System.exit(3);
        }
        int port = Integer.parseInt(System.getenv("QUARKUS_HTTP_PORT"));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/q/health/ready",
                exchange -> respond(exchange, mode.equals("never-ready") ? 503 : 200, "{\"status\":\"UP\"}"));
        server.createContext("/env/", exchange -> {
            String name = exchange.getRequestURI().getPath().substring("/env/".length());
            String value = System.getenv(name);
            respond(exchange, value == null ? 404 : 200, value == null ? "" : value);
        });
        server.start();
        System.out.println("fake service listening on " + port);
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
