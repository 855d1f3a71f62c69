package io.pgwarden.intent.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** intent-service cannot understand questions before it holds the target database's catalog. */
@Readiness
@ApplicationScoped
public class CatalogReadiness implements HealthCheck {

    private final CatalogHolder catalogs;

    @Inject
    public CatalogReadiness(CatalogHolder catalogs) {
        this.catalogs = catalogs;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("schema catalog").status(catalogs.loaded()).build();
    }
}
