package io.pgwarden.approval.api;

import io.pgwarden.approval.audit.AuditVerifier;
import io.pgwarden.approval.audit.Verification;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Walks the audit chain: intact, or the first row that was edited or deleted and why. */
@Path("/internal/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class AuditResource {

    private final AuditVerifier verifier;

    @Inject
    public AuditResource(AuditVerifier verifier) {
        this.verifier = verifier;
    }

    @GET
    @Path("/verify")
    public Verification verify() {
        return verifier.verify();
    }
}
