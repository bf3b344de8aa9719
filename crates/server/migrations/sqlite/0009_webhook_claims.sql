-- The sender's claim on a delivery, kept apart from when the delivery is due: a manual
-- "Send again" cannot collide with an attempt under way, an attempt only records its
-- outcome while its own claim holds, and a claim left by a crash runs out by itself.
-- (0008 reused next_attempt_at as the lease; it is now only the due time.)
ALTER TABLE webhook_deliveries ADD COLUMN claim INTEGER NOT NULL DEFAULT 0;
ALTER TABLE webhook_deliveries ADD COLUMN claimed_until INTEGER;
