package io.pgwarden.deploy.execution;

import io.pgwarden.contracts.event.EventCodec;
import io.pgwarden.contracts.impact.ImpactReport;
import io.pgwarden.contracts.plan.WorkflowPlan;
import io.pgwarden.contracts.sql.SqlParameter;
import io.pgwarden.deploy.postgres.DatabaseEndpoint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;

/**
 * approval-service's store table as the write-path design specifies it, created and filled by the test itself, so
 * crash tests need only execution-service (approval-service creates the same table with its own migration).
 */
final class ApprovalStoreTable {

    private ApprovalStoreTable() {
    }

    static void create(DatabaseEndpoint systemDatabase) throws Exception {
        try (Connection connection = systemDatabase.open(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE SCHEMA IF NOT EXISTS approval;
                    CREATE TABLE IF NOT EXISTS approval.approval_request (
                      approval_id text PRIMARY KEY, request_id text NOT NULL UNIQUE, session_id text NOT NULL,
                      requester text NOT NULL, state text NOT NULL, required_level text NOT NULL, risk text NOT NULL,
                      total_rows bigint NOT NULL, binding_hash text NOT NULL, sql_text text NOT NULL,
                      parameters jsonb NOT NULL, statement_kind text NOT NULL, engine text NOT NULL,
                      target_database text NOT NULL, impact jsonb NOT NULL, plan jsonb NOT NULL,
                      rollback_target jsonb, created_at timestamptz NOT NULL, escalates_at timestamptz,
                      expires_at timestamptz NOT NULL, decided_at timestamptz,
                      decided_by text[] NOT NULL DEFAULT '{}', decision_comment text,
                      auto_approved boolean NOT NULL DEFAULT false, emergency boolean NOT NULL DEFAULT false);
                    """);
        }
    }

    static void insertApproved(DatabaseEndpoint systemDatabase, String approvalId, String requestId, String hash,
            String sql, List<SqlParameter> parameters, String database, ImpactReport impact) throws Exception {
        try (Connection connection = systemDatabase.open(); PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO approval.approval_request (approval_id, request_id, session_id, requester, state,
                    required_level, risk, total_rows, binding_hash, sql_text, parameters, statement_kind, engine,
                    target_database, impact, plan, created_at, expires_at, decided_at, decided_by)
                VALUES (?, ?, ?, 'alice', 'APPROVED', 'TEAM_LEAD', ?, ?, ?, ?, ?::jsonb, 'UPDATE', 'user', ?,
                        ?::jsonb, ?::jsonb, now(), now() + interval '1 day', now(), '{bob}')
                """)) {
            var mapper = EventCodec.mapper();
            insert.setString(1, approvalId);
            insert.setString(2, requestId);
            insert.setString(3, "s-" + requestId);
            insert.setString(4, impact.risk().name());
            insert.setLong(5, impact.totalRows());
            insert.setString(6, hash);
            insert.setString(7, sql);
            insert.setString(8, mapper.writeValueAsString(parameters));
            insert.setString(9, database);
            insert.setString(10, mapper.writeValueAsString(impact));
            insert.setString(11, mapper.writeValueAsString(WorkflowPlan.writeFromSql()));
            insert.executeUpdate();
        }
    }
}
