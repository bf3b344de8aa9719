-- Every running server asks every 10 s who holds claims (`instance::watch`): without
-- these, each question read the whole outbox and delivery history.
CREATE INDEX outbox_claimed_by ON outbox (claimed_by) WHERE claimed_by IS NOT NULL;
CREATE INDEX webhook_deliveries_claimed_by ON webhook_deliveries (claimed_by)
    WHERE claimed_by IS NOT NULL;
