-- Rolling a webhook's signing secret keeps the one before it signing too, for a while, so
-- the receiver can switch over without refusing a delivery. Like the current one, it is
-- only a nonce the server key derives the secret from.
ALTER TABLE webhooks ADD COLUMN previous_secret_nonce BLOB;
ALTER TABLE webhooks ADD COLUMN previous_secret_until INTEGER;
