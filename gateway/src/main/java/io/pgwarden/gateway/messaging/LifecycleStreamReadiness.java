package io.pgwarden.gateway.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The gateway can answer only once its lifecycle consumer owns its partitions. */
@Readiness
@ApplicationScoped
public class LifecycleStreamReadiness implements HealthCheck {

    private final LifecycleRebalanceListener listener;

    public LifecycleStreamReadiness(
            @Identifier(LifecycleRebalanceListener.NAME) LifecycleRebalanceListener listener) {
        this.listener = listener;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("lifecycle events assigned").status(listener.assigned()).build();
    }
}
