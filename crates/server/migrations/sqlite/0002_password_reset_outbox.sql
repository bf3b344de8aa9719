-- 0002: self-service password reset and the durable outbox.

-- Reset links. The token in the emailed URL is HMAC(secret, nonce): the database holds the
-- nonce (so the same link can be sent again within the reuse window) and the token's MAC
-- (to find the row), neither of which yields a working link without the secret key.
CREATE TABLE reset_links (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    nonce BLOB NOT NULL,
    token_mac BLOB NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    -- Until then, asking again re-sends this link instead of replacing it.
    reuse_until INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER,
    -- Replaced by a newer link, or the password changed some other way.
    revoked_at INTEGER
);
CREATE INDEX reset_links_account ON reset_links (account_id, created_at);

-- Every email, written in the same transaction as the action that causes it and delivered
-- later by the background sender. Bodies never hold a reset token: they hold the marker
-- {{reset_link}}, filled in from reset_link_id at delivery.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    created_at INTEGER NOT NULL,
    kind TEXT NOT NULL,
    account_id INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    reset_link_id INTEGER REFERENCES reset_links (id) ON DELETE SET NULL,
    to_address TEXT NOT NULL,
    to_name TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    -- Also a lease: the sender pushes it forward before it sends, so a crash mid-send
    -- retries later instead of never.
    next_attempt_at INTEGER NOT NULL,
    last_error TEXT,
    sent_at INTEGER
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);

-- Per-address limits count recent requests by the lowercased address.
CREATE INDEX events_kind_at ON events (kind, at);
