-- The short window in which someone who signed in with a password staff or an automation
-- chose must choose their own. The ticket rides in an HttpOnly cookie; only its MAC is here.
CREATE TABLE password_tickets (
    id INTEGER PRIMARY KEY,
    token_mac BLOB NOT NULL UNIQUE,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
);
CREATE INDEX password_tickets_account ON password_tickets (account_id);
