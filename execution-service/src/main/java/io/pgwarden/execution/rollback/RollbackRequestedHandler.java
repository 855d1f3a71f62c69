package io.pgwarden.execution.rollback;

import io.agroal.api.AgroalDataSource;
import io.pgwarden.contracts.approval.TargetDatabase;
import io.pgwarden.contracts.error.ErrorCode;
import io.pgwarden.contracts.event.EventType;
import io.pgwarden.contracts.event.ImpactAssessed;
import io.pgwarden.contracts.event.RollbackRequested;
import io.pgwarden.contracts.plan.Step;
import io.pgwarden.execution.targetdb.TargetSchema;
import io.pgwarden.kit.error.PipelineException;
import io.pgwarden.kit.messaging.EventPublisher;
import io.pgwarden.kit.messaging.Outcome;
import io.pgwarden.kit.messaging.StepHandler;
import io.quarkus.agroal.DataSource;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The impact step of a rollback request (plan {@code WorkflowPlan.rollback()}): checks the backup for conflicts and
 * describes the restore as {@code impact.assessed} with engine {@code rollback}, which approval-service routes like
 * any write; or ends the request with {@code request.failed} (CONFLICT with the conflicting rows, NOT_FOUND, ...).
 * It reads in a REPEATABLE READ transaction of its own, so the conflicts and the counts describe one moment.
 */
@ApplicationScoped
public class RollbackRequestedHandler {

    private final StepHandler steps;
    private final EventPublisher publisher;
    private final AgroalDataSource writer;
    private final String database;

    @Inject
    public RollbackRequestedHandler(StepHandler steps, EventPublisher publisher,
            @DataSource("target-writer") AgroalDataSource writer,
            @ConfigProperty(name = "quarkus.datasource.target-writer.jdbc.url") String writerUrl) {
        this.steps = steps;
        this.publisher = publisher;
        this.writer = writer;
        this.database = TargetDatabase.nameOf(writerUrl);
    }

    @Incoming("rollback-requested")
    @Blocking(ordered = false)
    public void onRollbackRequested(String json) {
        steps.<RollbackRequested>handle(json, EventType.ROLLBACK_REQUESTED, Step.IMPACT, envelope -> {
            ImpactAssessed assessed = assess(envelope.data());
            return Outcome.emit(EventType.IMPACT_ASSESSED,
                    envelope.next(EventType.IMPACT_ASSESSED, publisher.source(), assessed));
        });
    }

    private ImpactAssessed assess(RollbackRequested request) {
        try (Connection connection = writer.getConnection()) {
            TargetSchema.ensure(connection);
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return RollbackAssessor.assess(connection, request, database);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        } catch (SQLException e) {
            throw new PipelineException(ErrorCode.DEPENDENCY_DOWN,
                    "The backup could not be read from the target database, so the rollback was not prepared.",
                    "Try again once the target database is reachable.", e);
        }
    }
}
