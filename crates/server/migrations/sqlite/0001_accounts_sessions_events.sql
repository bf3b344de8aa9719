-- 0001: the foundation. Never edit a migration after it ships; add a new one.
-- Times are Unix seconds (UTC). Secrets are never stored: only argon2id hashes of
-- passwords and HMAC-SHA256 values (keyed by the secret outside this database) of tokens.

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    -- As entered: automations match it exactly; people sign in with any case.
    email TEXT NOT NULL,
    email_lower TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('client', 'staff')),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
    -- NULL until a password is chosen (accounts created to receive a link later).
    password_hash TEXT,
    -- Set when staff or an automation chose the password: the next sign-in must replace it.
    must_change_password INTEGER NOT NULL DEFAULT 0,
    password_changed_at INTEGER,
    created_at INTEGER NOT NULL,
    last_sign_in_at INTEGER
);
CREATE INDEX accounts_role_status ON accounts (role, status);

CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    -- HMAC of the cookie value: a copy of the database cannot be replayed as a cookie.
    id_mac BLOB NOT NULL UNIQUE,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    -- Absolute end; the idle limit is checked against last_seen_at.
    expires_at INTEGER NOT NULL,
    ip TEXT NOT NULL,
    user_agent TEXT NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);

-- The activity log: append-only.
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    kind TEXT NOT NULL,
    account_id INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    -- What was typed, for failures against unknown accounts (shown to staff only).
    email TEXT,
    ip TEXT,
    user_agent TEXT,
    detail TEXT
);
CREATE INDEX events_at ON events (at);
CREATE INDEX events_account ON events (account_id, at);

-- One-time links that create the first staff account.
CREATE TABLE setup_tokens (
    id INTEGER PRIMARY KEY,
    token_mac BLOB NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
);

-- Portal-wide settings: exactly one row.
CREATE TABLE portal (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    login_text_md TEXT NOT NULL,
    login_text_updated_at INTEGER NOT NULL
);

INSERT INTO portal (id, name, login_text_md, login_text_updated_at) VALUES (
    1,
    'Client Portal',
    '## Welcome

Sign in with the email address and password of your client account.

If you have forgotten your password, choose **Forgot your password?** below the form.',
    0
);
