package io.pgwarden.approval.api;

import io.pgwarden.contracts.approval.ApprovalLevel;
import io.pgwarden.approval.routing.ApprovalRouter;
import io.pgwarden.contracts.intent.RiskLevel;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Which approval level a write of a given risk and size needs, for operators checking their configuration. */
@Path("/api/v1/approvals/routing")
@Produces(MediaType.APPLICATION_JSON)
public class RoutingResource {

    private final ApprovalRouter router;

    @Inject
    public RoutingResource(ApprovalRouter router) {
        this.router = router;
    }

    public record Routing(RiskLevel risk, long rows, ApprovalLevel level, String role) {
    }

    @GET
    public Routing route(@QueryParam("risk") String risk, @QueryParam("rows") Long rows) {
        if (risk == null || rows == null) {
            throw new BadRequestException("Give risk (LOW, MEDIUM, HIGH or CRITICAL) and rows, e.g. ?risk=HIGH&rows=5000");
        }
        RiskLevel level;
        try {
            level = RiskLevel.valueOf(risk.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("risk must be LOW, MEDIUM, HIGH or CRITICAL, not " + risk);
        }
        if (rows < 0) {
            throw new BadRequestException("rows cannot be negative");
        }
        ApprovalLevel approval = router.route(level, rows);
        return new Routing(level, rows, approval, approval.role());
    }
}
