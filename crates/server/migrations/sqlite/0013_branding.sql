-- The portal's branding, chosen in the builder. NULL colours mean Portico's own.
ALTER TABLE portal ADD COLUMN accent TEXT;
ALTER TABLE portal ADD COLUMN accent_dark TEXT;
ALTER TABLE portal ADD COLUMN branding_updated_at INTEGER;

-- At most one logo, checked by its content before it is stored: PNG, JPEG or WebP.
CREATE TABLE portal_logo (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    content_type TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    bytes BLOB NOT NULL,
    digest TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);
