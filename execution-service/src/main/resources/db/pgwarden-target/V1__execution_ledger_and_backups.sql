-- pgwarden's own tables in the TARGET database (schema pgwarden_recovery), written by the writer role in the same
-- transaction as the approved change they describe: the ledger row and the backup commit or vanish together with
-- the change. The reader role has no USAGE on this schema. See docs/execution.md and docs/rollback.md.

-- One row per approval that ran (a write or a restore). The primary key is the exactly-once guard: a second
-- instance or a redelivered event conflicts with it and reports the recorded result instead of running again.
CREATE TABLE pgwarden_recovery.execution_ledger (
    approval_id     text PRIMARY KEY,
    request_id      text        NOT NULL,
    kind            text        NOT NULL,          -- WRITE or RESTORE
    state           text        NOT NULL,          -- COMMITTED (a row is only ever visible committed)
    txid            bigint      NOT NULL,          -- txid_current() of the change
    lsn             pg_lsn      NOT NULL,          -- pg_current_wal_lsn() before the change
    backup_id       text,
    started_at      timestamptz NOT NULL,
    committed_at    timestamptz NOT NULL,
    result          jsonb       NOT NULL           -- the WriteExecuted payload that was reported
);

-- One pre-execution backup: what ran, when, where in the WAL, and how much it holds.
CREATE TABLE pgwarden_recovery.backup (
    backup_id       text PRIMARY KEY,
    request_id      text        NOT NULL,
    approval_id     text        NOT NULL,
    statement       text        NOT NULL,
    parameters      jsonb       NOT NULL,
    txid            bigint      NOT NULL,
    lsn             pg_lsn      NOT NULL,
    created_at      timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    table_counts    jsonb       NOT NULL,          -- {"public.orders": {"inserted":0,"updated":0,"deleted":3}, ...}
    rows_total      bigint      NOT NULL,
    size_bytes      bigint      NOT NULL,          -- bytes of pre-images (their jsonb text)
    checksum        text        NOT NULL,          -- md5 over every row's pre-image checksum, in (table, key) order
    restored_by     text                           -- approval id of the restore that undid it, once restored
);
CREATE INDEX backup_request_idx ON pgwarden_recovery.backup (request_id);
CREATE INDEX backup_expiry_idx ON pgwarden_recovery.backup (expires_at);

-- One row the change touched. deleted/updated rows carry the pre-image; inserted rows only their key. The
-- post-image checksum is what the row looked like right after the change, so a later restore can tell whether
-- someone changed it since.
CREATE TABLE pgwarden_recovery.backup_row (
    backup_id       text        NOT NULL REFERENCES pgwarden_recovery.backup (backup_id) ON DELETE CASCADE,
    table_name      text        NOT NULL,          -- schema-qualified, quoted as format('%I.%I') writes it
    row_key         jsonb       NOT NULL,          -- the primary key columns and values
    operation       text        NOT NULL,          -- deleted, updated, inserted (pending while the change runs)
    pre_image       jsonb,                         -- to_jsonb(row) before the change; NULL for inserted rows
    pre_checksum    text,                          -- md5(pre_image::text)
    post_checksum   text,                          -- md5(to_jsonb(row)::text) after the change; NULL for deleted
    PRIMARY KEY (backup_id, table_name, row_key)
);
