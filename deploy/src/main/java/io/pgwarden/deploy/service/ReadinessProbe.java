package io.pgwarden.deploy.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks a Quarkus service's readiness endpoint whether it is ready; one question, no waiting. */
public final class ReadinessProbe {

    public static final String READINESS_PATH = "/q/health/ready";

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();
    private final URI readinessUri;

    public ReadinessProbe(URI baseUri) {
        this.readinessUri = baseUri.resolve(READINESS_PATH);
    }

    public URI readinessUri() {
        return readinessUri;
    }

    /** True when the endpoint answers 200; false when it answers anything else or cannot be reached yet. */
    public boolean isReady() {
        HttpRequest request = HttpRequest.newBuilder(readinessUri).timeout(REQUEST_TIMEOUT).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
