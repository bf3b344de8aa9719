-- Rolling a webhook's signing secret keeps the secrets before it signing too, for a day,
-- so the receiver can switch over without refusing a delivery (and staff who lose a new
-- secret can roll again without cutting off the one the receiver still uses). Like the
-- current one, each is only a nonce the server key derives the secret from.
CREATE TABLE webhook_previous_secrets (
    id INTEGER PRIMARY KEY,
    webhook_id INTEGER NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    secret_nonce BLOB NOT NULL,
    -- Signs deliveries until then.
    until INTEGER NOT NULL
);
CREATE INDEX webhook_previous_secrets_by_webhook ON webhook_previous_secrets (webhook_id, until);
