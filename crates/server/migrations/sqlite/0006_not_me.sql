-- "This wasn't me" links in password-changed emails work once: when one was used.
ALTER TABLE outbox ADD COLUMN not_me_used_at INTEGER;
