-- Who acted, when it was not the account the event is about: the staff member who added
-- a client, sent a link or set a password. The activity log reads it as a sentence.
ALTER TABLE events ADD COLUMN actor_id INTEGER REFERENCES accounts (id) ON DELETE SET NULL;
CREATE INDEX events_actor ON events (actor_id, at);
