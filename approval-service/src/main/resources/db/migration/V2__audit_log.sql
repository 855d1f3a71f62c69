-- The append-only audit log: every lifecycle event of writes and approvals, chained by hashes.
-- hash = SHA-256(prev_hash + canonical content), seq has no gaps; docs/approvals.md describes the format and
-- GET /internal/v1/audit/verify walks the chain.
CREATE TABLE audit_log (
  seq          bigint      PRIMARY KEY,  -- 1, 2, 3, ... assigned under an advisory lock, never by a sequence
  event_id     text        UNIQUE,       -- the consumed event's id (skips redeliveries); null for direct rows
  recorded_at  timestamptz NOT NULL,
  event_type   text        NOT NULL,
  request_id   text,
  approval_id  text,
  actor        text,
  details      text        NOT NULL,     -- JSON text, hashed exactly as stored (jsonb would reformat it)
  prev_hash    text        NOT NULL,
  hash         text        NOT NULL
);
CREATE INDEX audit_log_request ON audit_log (request_id);
CREATE INDEX audit_log_approval ON audit_log (approval_id);

-- The service's own login may only read and append. A superuser can still change rows, which the chain detects.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM CURRENT_USER;

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
