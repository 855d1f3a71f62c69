package io.pgwarden.gateway.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.gateway.auth.Caller;
import io.pgwarden.gateway.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Calls the internal APIs of approval-service and execution-service on behalf of the authenticated caller. The
 * gateway is the only party holding the internal token; the services trust the user and roles it forwards because
 * the gateway authenticated them. Errors come back as the services' {code, message, hint} and become problems.
 */
@ApplicationScoped
public class InternalServices {

    private static final Logger LOG = Logger.getLogger(InternalServices.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ObjectMapper json;
    private final String token;
    private final URI approvalService;
    private final URI executionService;

    @Inject
    public InternalServices(ObjectMapper json,
            @ConfigProperty(name = "pgwarden.internal.token") String token,
            @ConfigProperty(name = "pgwarden.internal.approval-url") URI approvalService,
            @ConfigProperty(name = "pgwarden.internal.execution-url") URI executionService) {
        this.json = json;
        this.token = token;
        this.approvalService = approvalService;
        this.executionService = executionService;
    }

    public JsonNode approvals(String path, Caller caller) {
        return call("approval-service", approvalService.resolve(path), caller, null);
    }

    public JsonNode approvals(String path, Caller caller, Object body) {
        return call("approval-service", approvalService.resolve(path), caller, body == null ? "{}" : body);
    }

    public JsonNode execution(String path, Caller caller, Object body) {
        return call("execution-service", executionService.resolve(path), caller, body == null ? "{}" : body);
    }

    private JsonNode call(String service, URI uri, Caller caller, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("X-Pgwarden-Internal-Token", token)
                .header("X-Pgwarden-User", caller.userId())
                .header("X-Pgwarden-Roles", String.join(",", caller.roles()))
                .header("Accept", "application/json");
        try {
            if (body == null) {
                request.GET();
            } else {
                request.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode answer = response.body() == null || response.body().isBlank() ? json.nullNode()
                    : json.readTree(response.body());
            if (response.statusCode() / 100 == 2) {
                return answer;
            }
            throw refusal(service, response.statusCode(), answer);
        } catch (IOException e) {
            LOG.warnf("%s unreachable at %s: %s", service, uri, e.getMessage());
            throw unavailable(service, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(service, e);
        }
    }

    private static ProblemException refusal(String service, int status, JsonNode answer) {
        ErrorCode code = Arrays.stream(ErrorCode.values())
                .filter(c -> c.name().equals(answer.path("code").asText()))
                .findFirst()
                .orElse(status == 404 ? ErrorCode.NOT_FOUND : ErrorCode.INTERNAL);
        String message = answer.path("message").asText(service + " answered HTTP " + status);
        String hint = answer.path("hint").asText("Try again; if it keeps failing, an operator can check " + service
                + "'s log.");
        if (code == ErrorCode.INTERNAL || code == ErrorCode.UNAUTHENTICATED) {
            // A wrong internal token or a crash is the operator's problem, not the caller's.
            LOG.errorf("%s refused the gateway: HTTP %d %s", service, status, message);
            return new ProblemException(ErrorCode.INTERNAL, service + " could not handle the request",
                    "Try again; if it keeps failing, an operator can check " + service + "'s log.");
        }
        return new ProblemException(code, message, hint);
    }

    private static ProblemException unavailable(String service, Exception cause) {
        return new ProblemException(ErrorCode.DEPENDENCY_DOWN, service + " is unavailable",
                "Retry in a moment; nothing was decided or changed. An operator can check " + service
                        + " at /q/health/ready.", cause);
    }
}
