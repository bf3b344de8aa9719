-- Localisation. An account's language is the one its holder chose (NULL: not chosen yet,
-- so emails follow the browser that asked or the portal's default). The portal keeps the
-- languages staff enabled (tags, comma-separated, in their order) and its default; NULL
-- means English only, as before.
ALTER TABLE accounts ADD COLUMN language TEXT;
ALTER TABLE portal ADD COLUMN languages TEXT;
ALTER TABLE portal ADD COLUMN default_language TEXT;
