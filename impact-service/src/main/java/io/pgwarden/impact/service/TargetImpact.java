package io.pgwarden.impact.service;

import io.agroal.api.AgroalDataSource;
import io.pgwarden.contracts.approval.TargetDatabase;
import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.impact.analysis.GuardedWrite;
import io.pgwarden.impact.analysis.ImpactAnalysis;
import io.pgwarden.impact.analysis.ImpactAnalyzer;
import io.pgwarden.impact.analysis.WriteStatement;
import io.pgwarden.kit.error.ErrorText;
import io.pgwarden.kit.error.PipelineException;
import io.pgwarden.sqlguard.SqlGuard;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Analyses a write against the target database with the writer role: the guard's check, then the analysis on a
 * pooled connection. A statement that cannot succeed ends the request with CONFLICT and the blockers, since there
 * is nothing for anyone to approve.
 */
@ApplicationScoped
public class TargetImpact {

    private final AgroalDataSource target;
    private final SqlGuard guard;
    private final ImpactAnalyzer analyzer;
    private final String database;

    @Inject
    public TargetImpact(@DataSource("target") AgroalDataSource target, SqlGuard guard, ImpactAnalyzer analyzer,
            @ConfigProperty(name = "quarkus.datasource.target.jdbc.url") String targetUrl) {
        this.target = target;
        this.guard = guard;
        this.analyzer = analyzer;
        this.database = TargetDatabase.nameOf(targetUrl);
    }

    /** The name approvals bind to, {@code host:port/database}. */
    public String database() {
        return database;
    }

    /** The accepted write and what it would do; throws a user-facing error when it cannot go on to approval. */
    public Assessed assess(String sql, List<SqlParameter> parameters) {
        WriteStatement write = GuardedWrite.accept(guard, sql, parameters);
        ImpactAnalysis analysis;
        try (Connection connection = target.getConnection()) {
            analysis = analyzer.analyze(connection, write);
        } catch (SQLException e) {
            throw new PipelineException(ErrorCode.DEPENDENCY_DOWN, "The target database could not be reached for"
                    + " impact analysis (" + ErrorText.firstLine(e.getMessage()) + ").",
                    "Try again when the database is reachable; nothing was changed.", e);
        }
        if (analysis.report().blocked()) {
            throw new PipelineException(ErrorCode.CONFLICT, "This " + write.kind() + " cannot succeed as it stands: "
                    + String.join(" ", analysis.report().blockers()) + " The dry run was rolled back, nothing was"
                    + " changed, and there is nothing to approve.", analysis.blockerHint());
        }
        return new Assessed(write, analysis);
    }

    public record Assessed(WriteStatement write, ImpactAnalysis analysis) {
    }
}
