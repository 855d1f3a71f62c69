package io.pgwarden.execution.progress;

import io.agroal.api.AgroalDataSource;
import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.execution.write.LedgeredTransaction;
import io.quarkus.agroal.DataSource;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Cancels a running write (internal API: the gateway calls it for the requester or an approver and checks who may).
 * The write's session is found by its application_name on the server, so this works whichever instance runs it;
 * pg_cancel_backend stops its current statement, and a write on this instance also stops at its next phase.
 * Either way the transaction rolls back and nothing is changed.
 */
@Path("/api/v1/executions")
@Produces(MediaType.APPLICATION_JSON)
public class CancelResource {

    private static final Logger LOG = Logger.getLogger(CancelResource.class);
    private static final String CANCEL = """
            SELECT count(*) FILTER (WHERE pg_cancel_backend(pid)) FROM pg_stat_activity WHERE application_name = ?
            """;

    private final AgroalDataSource writer;
    private final RunningWrites running;
    private final String internalToken;

    @Inject
    public CancelResource(@DataSource("target-writer") AgroalDataSource writer, RunningWrites running,
            @ConfigProperty(name = "pgwarden.internal.token") java.util.Optional<String> internalToken) {
        this.writer = writer;
        this.running = running;
        this.internalToken = internalToken.orElse("");
    }

    @POST
    @Path("/{approvalId}/cancel")
    public Response cancel(@PathParam("approvalId") String approvalId,
            @HeaderParam("X-Pgwarden-Internal-Token") String token, @HeaderParam("X-Pgwarden-User") String user) {
        if (internalToken.isEmpty() || token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                internalToken.getBytes(StandardCharsets.UTF_8))) {
            return error(ErrorCode.UNAUTHENTICATED, "This internal API needs the internal token.",
                    "Call it through the gateway.");
        }
        boolean here = running.requestCancel(approvalId);
        long signalled;
        try (Connection connection = writer.getConnection();
                PreparedStatement statement = connection.prepareStatement(CANCEL)) {
            statement.setString(1, LedgeredTransaction.applicationName(approvalId));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                signalled = rows.getLong(1);
            }
        } catch (SQLException e) {
            return error(ErrorCode.DEPENDENCY_DOWN, "The target database cannot be reached to cancel the write.",
                    "Try again in a moment.");
        }
        if (!here && signalled == 0) {
            return error(ErrorCode.NOT_FOUND, "No write of approval " + approvalId + " is running.",
                    "It may have finished already; check the request's result.");
        }
        LOG.infof("cancellation of approval %s requested by %s", approvalId, user);
        return Response.accepted(Map.of("approvalId", approvalId, "cancelRequested", true,
                "message", "Cancellation requested; the write rolls back and reports it.")).build();
    }

    private static Response error(ErrorCode code, String message, String hint) {
        return Response.status(code.httpStatus())
                .entity(Map.of("code", code.name(), "message", message, "hint", hint)).build();
    }
}
