-- Sign-in throttling moves from memory to the database, so a restart forgives nothing.
-- One row per counted key: `device` (a known device's MAC-derived key), `account` (the
-- email key, for attempts from unknown devices) or `ip` (a client address or IPv6 /64,
-- unknown devices only). Rows whose window has passed are deleted by housekeeping.
CREATE TABLE sign_in_throttle (
    scope TEXT NOT NULL,
    key TEXT NOT NULL,
    failures INTEGER NOT NULL,
    last_failure INTEGER NOT NULL,
    blocked_until INTEGER NOT NULL,
    PRIMARY KEY (scope, key)
) WITHOUT ROWID;

-- Which server process holds a claim, so that one starting up can take back the claims
-- of a process that is gone (a crash) at once instead of waiting for their leases. The
-- outbox gets a claim apart from its due time, as webhook deliveries have since 0009.
ALTER TABLE outbox ADD COLUMN claimed_until INTEGER;
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE webhook_deliveries ADD COLUMN claimed_by TEXT;
