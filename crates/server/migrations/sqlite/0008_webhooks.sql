-- Webhooks: staff register endpoints for events; every delivery is queued in the same
-- transaction as the change it reports, so a crash can neither lose nor invent one.
CREATE TABLE webhooks (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL,
    -- Space-separated event types, e.g. 'password.changed account.created'.
    events TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    -- The signing secret is derived from this and the server key, never stored itself.
    secret_nonce BLOB NOT NULL,
    secret_prefix TEXT NOT NULL,
    created_by INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE webhook_deliveries (
    id INTEGER PRIMARY KEY,
    webhook_id INTEGER NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    -- Shared by the deliveries of one event to several webhooks: receivers dedupe on it.
    event_id TEXT NOT NULL,
    event_type TEXT NOT NULL,
    -- The exact body sent, so every attempt carries the same bytes.
    payload TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    -- Due time while pending; also the lease while an attempt is under way.
    next_attempt_at INTEGER,
    delivered_at INTEGER
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_by_webhook ON webhook_deliveries (webhook_id, id);

CREATE TABLE webhook_attempts (
    id INTEGER PRIMARY KEY,
    delivery_id INTEGER NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    duration_ms INTEGER NOT NULL,
    -- The receiver's HTTP status, or NULL when no answer came (refused, timed out, ...).
    status_code INTEGER,
    -- Why it failed, or the start of the receiver's answer.
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX webhook_attempts_by_delivery ON webhook_attempts (delivery_id, id);
