-- Writes: a request may wait for an approval (not RUNNING, so the abandoned-request sweep leaves it alone), end
-- DENIED or EXPIRED, or be a rollback of an earlier write; its impact, approval and outcome are kept as one document.
ALTER TABLE request DROP CONSTRAINT request_kind_check;
ALTER TABLE request ADD CONSTRAINT request_kind_check CHECK (kind IN ('QUESTION', 'SQL', 'ROLLBACK'));
ALTER TABLE request DROP CONSTRAINT request_status_check;
ALTER TABLE request ADD CONSTRAINT request_status_check CHECK (status IN
    ('RUNNING', 'AWAITING_APPROVAL', 'COMPLETED', 'FAILED', 'NEEDS_CLARIFICATION', 'TIMED_OUT', 'DENIED', 'EXPIRED'));
-- impact report, approval (id, state, level, deciders), latest progress, outcome (rows per table, backup id, LSN)
ALTER TABLE request ADD COLUMN write_detail jsonb;
CREATE INDEX request_awaiting ON request (created_at) WHERE status = 'AWAITING_APPROVAL';
