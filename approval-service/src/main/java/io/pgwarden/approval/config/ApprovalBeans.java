package io.pgwarden.approval.config;

import io.pgwarden.approval.audit.AuditLog;
import io.pgwarden.approval.audit.AuditVerifier;
import io.pgwarden.approval.decision.DecisionRules;
import io.pgwarden.approval.decision.DecisionService;
import io.pgwarden.approval.intake.ApprovalIntake;
import io.pgwarden.approval.intake.AutoApprovalPolicy;
import io.pgwarden.approval.intake.EndedRequests;
import io.pgwarden.approval.intake.RequestFactory;
import io.pgwarden.approval.messaging.ApprovalAnnouncer;
import io.pgwarden.approval.notify.NotificationMessages;
import io.pgwarden.approval.notify.NotificationPlanner;
import io.pgwarden.approval.notify.NotificationQueries;
import io.pgwarden.approval.routing.ApprovalRouter;
import io.pgwarden.approval.store.ApprovalStore;
import io.pgwarden.approval.store.Transactions;
import io.pgwarden.approval.timers.TimerService;
import io.pgwarden.kit.messaging.EventPublisher;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/**
 * Builds the service's plain classes from configuration. They take their collaborators as constructor arguments
 * and know nothing of CDI, so tests (and deploy's database tests) build them the same way on any DataSource.
 */
public class ApprovalBeans {

    @Produces
    @Singleton
    Transactions transactions(DataSource dataSource) {
        return new Transactions(dataSource);
    }

    @Produces
    @Singleton
    ApprovalStore store() {
        return new ApprovalStore();
    }

    @Produces
    @Singleton
    AuditLog auditLog() {
        return new AuditLog();
    }

    @Produces
    @Singleton
    AuditVerifier auditVerifier(DataSource dataSource) {
        return new AuditVerifier(dataSource);
    }

    @Produces
    @Singleton
    ApprovalRouter router(ApprovalConfig config) {
        return new ApprovalRouter(config.teamLeadMaxRows(), config.managerMaxRows());
    }

    @Produces
    @Singleton
    TimerPolicy timerPolicy(ApprovalConfig config) {
        return TimerPolicy.from(config);
    }

    @Produces
    @Singleton
    ApprovalAnnouncer announcer(ApprovalConfig config, EventPublisher publisher) {
        return new ApprovalAnnouncer(NotificationPlanner.from(config),
                new NotificationMessages(config.notifications().linkBase()), publisher.source());
    }

    @Produces
    @Singleton
    ApprovalIntake intake(Transactions transactions, ApprovalStore store, ApprovalRouter router, TimerPolicy timers,
            ApprovalConfig config, ApprovalAnnouncer announcer, AuditLog audit) {
        RequestFactory factory = new RequestFactory(router, timers,
                new AutoApprovalPolicy(config.autoApproveLowRisk(), config.autoApproveMaxRows()));
        return new ApprovalIntake(transactions, store, factory, announcer, audit);
    }

    @Produces
    @Singleton
    EndedRequests endedRequests(Transactions transactions, ApprovalStore store, ApprovalAnnouncer announcer,
            AuditLog audit) {
        return new EndedRequests(transactions, store, announcer, audit);
    }

    @Produces
    @Singleton
    DecisionService decisions(Transactions transactions, ApprovalStore store, ApprovalAnnouncer announcer,
            AuditLog audit) {
        return new DecisionService(transactions, store, new DecisionRules(), announcer, audit);
    }

    @Produces
    @Singleton
    TimerService timers(Transactions transactions, ApprovalStore store, TimerPolicy timers,
            ApprovalAnnouncer announcer, AuditLog audit) {
        return new TimerService(transactions, store, timers, announcer, audit);
    }

    @Produces
    @Singleton
    NotificationQueries notificationQueries(Transactions transactions) {
        return new NotificationQueries(transactions);
    }
}
