package io.pgwarden.gateway.api;

import io.pgwarden.gateway.auth.Caller;
import io.pgwarden.gateway.auth.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me")
@Tag(name = "Auth", description = "Who the bearer token stands for.")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final CurrentCaller caller;

    @Inject
    public MeResource(CurrentCaller caller) {
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The authenticated user and their roles",
            description = "Lets a client check its token and show who is signed in.")
    public Bodies.Me me() {
        Caller me = caller.get();
        return new Bodies.Me(me.userId(), me.roles());
    }
}
