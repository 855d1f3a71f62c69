package io.pgwarden.approval.api;

import io.pgwarden.approval.decision.Approver;
import io.pgwarden.approval.notify.NotificationQueries;
import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.kit.error.PipelineException;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The in-app notification queue, and how e-mail and webhook deliveries went. */
@Path("/internal/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class NotificationResource {

    private final NotificationQueries queries;

    @Inject
    public NotificationResource(NotificationQueries queries) {
        this.queries = queries;
    }

    @GET
    public List<NotificationQueries.InAppNotification> inApp(@QueryParam("user") String user,
            @QueryParam("roles") String roles, @QueryParam("limit") Integer limit) {
        if (user == null || user.isBlank()) {
            throw new PipelineException(ErrorCode.BAD_REQUEST, "Whose notifications? The user parameter is missing.",
                    "Call GET /internal/v1/notifications?user=<id>&roles=<r1,r2>.");
        }
        Approver approver = new Approver(user.strip(), Actors.roles(roles));
        return queries.inApp(approver.user(), approver.level().orElse(null), bounded(limit));
    }

    /** E-mail and webhook notifications, newest first, with attempts, status and the last error. */
    @GET
    @Path("/deliveries")
    public List<NotificationQueries.Delivery> deliveries(@QueryParam("approvalId") String approvalId,
            @QueryParam("limit") Integer limit) {
        return queries.deliveries(approvalId, bounded(limit));
    }

    private static int bounded(Integer limit) {
        return limit == null ? 100 : Math.max(1, Math.min(limit, 500));
    }
}
