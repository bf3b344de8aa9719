-- When the human check is asked for: 'off', 'automatic' or 'always'. NULL until staff
-- choose, so the --human-check flag applies.
ALTER TABLE portal ADD COLUMN human_check TEXT;
