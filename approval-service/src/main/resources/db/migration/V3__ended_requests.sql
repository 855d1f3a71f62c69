-- Requests that ended before (or while) their write reached approval: the gateway gave up on them (timeout) or a
-- step failed. A late impact report for one of these never becomes an approval request, and an open approval of one
-- expires at once, so a user told "stopped, nothing was changed" is never overtaken by an approval.
CREATE TABLE ended_request (
    request_id text        PRIMARY KEY,
    reason     text        NOT NULL,
    ended_at   timestamptz NOT NULL
);
