package io.pgwarden.gateway.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The API's OpenAPI identity, served at /q/openapi. Paths are declared on the resources. */
@OpenAPIDefinition(
        info = @Info(title = "pgwarden gateway", version = "1",
                description = "Ask a PostgreSQL database questions in plain language, or submit SQL; follow each"
                        + " request's lifecycle over Server-Sent Events or the session WebSocket"
                        + " (/ws/sessions/{sessionId}). Errors are RFC 9457 problem documents with a pgwarden"
                        + " error code and a hint. See docs/api.md for demo tokens and examples."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "Authorization: Bearer <token>; demo tokens: analyst-token, lead-token, manager-token,"
                + " director-token.")
public class GatewayApi extends Application {
}
