-- Human-check solutions already used (issue 14). A challenge is signed, not stored, when it
-- is issued; its hash is written here when a solution is accepted, so that each counts once,
-- across restarts and across servers sharing the database. Rows past their challenge's
-- expiry can no longer matter and are deleted by housekeeping.
CREATE TABLE spent_human_checks (
    challenge TEXT PRIMARY KEY,
    expires_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE INDEX spent_human_checks_expiry ON spent_human_checks (expires_at);
