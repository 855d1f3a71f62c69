package io.pgwarden.gateway.auth;

import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.gateway.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;

/** The caller of the HTTP request being served, set by {@link BearerTokenFilter} before any resource runs. */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    void set(Caller caller) {
        this.caller = caller;
    }

    public Caller get() {
        if (caller == null) {
            throw new ProblemException(ErrorCode.UNAUTHENTICATED, "no caller was authenticated",
                    Authenticator.HOW_TO_AUTHENTICATE);
        }
        return caller;
    }
}
