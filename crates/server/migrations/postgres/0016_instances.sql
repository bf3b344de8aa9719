-- Which server printed a setup link: starting one retires only the links of servers that
-- are gone, so several instances starting at once each print a link that works.
ALTER TABLE setup_tokens ADD COLUMN issued_by TEXT;

-- Per-key API request counts, one fixed minute window per key, shared by every instance.
CREATE TABLE api_key_windows (
    key_id BIGINT PRIMARY KEY REFERENCES api_keys (id) ON DELETE CASCADE,
    started_at BIGINT NOT NULL,
    requests BIGINT NOT NULL
);
