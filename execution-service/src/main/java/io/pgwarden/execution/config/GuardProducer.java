package io.pgwarden.execution.config;

import io.pgwarden.sqlguard.GuardPolicy;
import io.pgwarden.sqlguard.SqlGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The one SQL guard, with the built-in policy. */
@ApplicationScoped
public class GuardProducer {

    @Produces
    @ApplicationScoped
    SqlGuard sqlGuard() {
        return new SqlGuard(GuardPolicy.defaults());
    }
}
