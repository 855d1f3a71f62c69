package io.pgwarden.impact.config;

import io.pgwarden.impact.analysis.ImpactAnalyzer;
import io.pgwarden.sqlguard.GuardPolicy;
import io.pgwarden.sqlguard.SqlGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The one SQL guard, with the built-in policy, and the analyzer with the configured settings. */
@ApplicationScoped
public class AnalysisProducer {

    @Produces
    @ApplicationScoped
    SqlGuard sqlGuard() {
        return new SqlGuard(GuardPolicy.defaults());
    }

    @Produces
    @ApplicationScoped
    ImpactAnalyzer impactAnalyzer(ImpactConfig config) {
        return new ImpactAnalyzer(config.settings());
    }
}
