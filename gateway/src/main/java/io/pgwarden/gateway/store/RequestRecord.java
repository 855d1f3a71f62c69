package io.pgwarden.gateway.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;

/** One row of the request history (table {@code gateway.request}, created by V1__request_history.sql). */
@Entity
@Table(name = "request")
public class RequestRecord {

    @Id
    public String id;

    @Column(name = "session_id", nullable = false)
    public String sessionId;

    @Column(name = "user_id", nullable = false)
    public String userId;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String text;

    @Column(nullable = false)
    public String status;

    @Column(name = "last_step")
    public String lastStep;

    public String sql;

    // JSON documents are written as text and cast by PostgreSQL, so no JSON type mapping is needed.
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String parameters;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String result;

    public String engine;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String clarification;

    @Column(name = "error_code")
    public String errorCode;

    @Column(name = "error_message")
    public String errorMessage;

    @Column(name = "error_hint")
    public String errorHint;

    @Column(name = "error_step")
    public String errorStep;

    @Column(name = "total_millis")
    public Long totalMillis;

    @Column(name = "database_millis")
    public Long databaseMillis;

    @Column(name = "step_millis", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String stepMillis;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "write_detail", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String writeDetail;
}
