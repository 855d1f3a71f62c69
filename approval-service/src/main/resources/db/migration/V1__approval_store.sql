-- The approval store. execution-service reads approval_request (same login, schema approval) and trusts nothing
-- an event says about a decision: see docs/approvals.md and the write-path design.
CREATE TABLE approval_request (
  approval_id      text PRIMARY KEY,
  request_id       text NOT NULL UNIQUE,
  session_id       text NOT NULL,
  requester        text NOT NULL,
  state            text NOT NULL,            -- ApprovalState
  required_level   text NOT NULL,            -- ApprovalLevel (current, after escalation)
  risk             text NOT NULL,            -- RiskLevel
  total_rows       bigint NOT NULL,
  binding_hash     text NOT NULL,
  sql_text         text NOT NULL,
  parameters       jsonb NOT NULL,           -- List<SqlParameter> as EventCodec's ObjectMapper writes it
  statement_kind   text NOT NULL,
  engine           text NOT NULL,
  target_database  text NOT NULL,
  impact           jsonb NOT NULL,           -- ImpactReport as EventCodec's ObjectMapper writes it
  plan             jsonb NOT NULL,
  rollback_target  jsonb,                    -- RollbackTarget or null
  created_at       timestamptz NOT NULL,
  escalates_at     timestamptz,
  expires_at       timestamptz NOT NULL,
  decided_at       timestamptz,
  decided_by       text[] NOT NULL DEFAULT '{}',
  decision_comment text,
  auto_approved    boolean NOT NULL DEFAULT false,
  emergency        boolean NOT NULL DEFAULT false,
  -- Added by approval-service (not part of the shared design's columns).
  explanation      text,
  cachecontrol     text
);
-- The timer poller's question: which open requests are due?
CREATE INDEX approval_request_open_due ON approval_request (LEAST(escalates_at, expires_at))
  WHERE state IN ('PENDING', 'ESCALATED');

-- Every approval or denial a person gave, including the first half of an emergency override.
CREATE TABLE approval_vote (
  approval_id text        NOT NULL REFERENCES approval_request (approval_id),
  user_id     text        NOT NULL,
  level       text        NOT NULL,     -- the approver's highest ApprovalLevel when deciding
  decision    text        NOT NULL,     -- APPROVE or DENY
  emergency   boolean     NOT NULL,
  comment     text,
  decided_at  timestamptz NOT NULL,
  PRIMARY KEY (approval_id, user_id, decision, emergency)
);

-- Events to publish, written in the same transaction as the state change they announce; a relay publishes them.
CREATE TABLE event_outbox (
  id           bigserial   PRIMARY KEY,
  event_type   text        NOT NULL,   -- EventType name
  envelope     text        NOT NULL,   -- the encoded envelope
  created_at   timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz
);
CREATE INDEX event_outbox_unpublished ON event_outbox (id) WHERE published_at IS NULL;

-- Notifications for e-mail and webhook channels, delivered by a scheduled sender with retries and backoff.
CREATE TABLE notification_outbox (
  id              bigserial   PRIMARY KEY,
  approval_id     text        NOT NULL,
  topic           text        NOT NULL,   -- REQUESTED, ESCALATED or DECIDED
  channel         text        NOT NULL,   -- EMAIL or WEBHOOK
  recipient       text        NOT NULL,   -- e-mail addresses (comma-separated) or the webhook URL
  subject         text        NOT NULL,
  body            text        NOT NULL,   -- plain text for e-mail, JSON for the webhook
  status          text        NOT NULL DEFAULT 'PENDING',  -- PENDING, DELIVERED or FAILED (gave up)
  attempts        integer     NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  last_error      text,
  created_at      timestamptz NOT NULL,
  delivered_at    timestamptz
);
CREATE INDEX notification_outbox_due ON notification_outbox (next_attempt_at) WHERE status = 'PENDING';

-- The in-app queue the web UI shows: addressed to a level (its holders may act) or to one user (the requester).
CREATE TABLE inapp_notification (
  id             bigserial   PRIMARY KEY,
  approval_id    text        NOT NULL,
  topic          text        NOT NULL,
  audience_level text,                    -- ApprovalLevel whose holders (and higher) see it
  audience_user  text,                    -- or one user
  requester      text        NOT NULL,    -- never shown to the requester as something to approve
  subject        text        NOT NULL,
  body           text        NOT NULL,
  created_at     timestamptz NOT NULL,
  CHECK (audience_level IS NOT NULL OR audience_user IS NOT NULL)
);
CREATE INDEX inapp_notification_user ON inapp_notification (audience_user, created_at);
