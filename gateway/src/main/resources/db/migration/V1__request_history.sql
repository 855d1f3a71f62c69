-- Every question and SQL submission, written when it is submitted and updated when it ends, so that a restarted
-- gateway still answers GET /api/v1/requests/{id} and a session's history.
CREATE TABLE request (
    id              text        PRIMARY KEY,
    session_id      text        NOT NULL,
    user_id         text        NOT NULL,
    kind            text        NOT NULL CHECK (kind IN ('QUESTION', 'SQL')),
    text            text        NOT NULL,
    status          text        NOT NULL
        CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED', 'NEEDS_CLARIFICATION', 'TIMED_OUT')),
    last_step       text,
    sql             text,
    parameters      jsonb,
    -- columns, rows (at most pgwarden.gateway.history.stored-rows of them), rowCount, truncated, rowLimit
    result          jsonb,
    engine          text,
    clarification   jsonb,
    error_code      text,
    error_message   text,
    error_hint      text,
    error_step      text,
    total_millis    bigint,
    database_millis bigint,
    -- per-step milliseconds, for example {"intent": 12, "schema": 4, "query": 9, "execution": 31}
    step_millis     jsonb,
    created_at      timestamptz NOT NULL,
    completed_at    timestamptz
);

CREATE INDEX request_session_created ON request (session_id, created_at DESC);
-- The watchdog looks for requests left running, for example by a gateway that stopped.
CREATE INDEX request_running_created ON request (created_at) WHERE status = 'RUNNING';
