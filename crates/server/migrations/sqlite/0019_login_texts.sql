-- The login text, one per language: a language without a row shows the default
-- language's. The portal's single text moves to its default language.
CREATE TABLE login_texts (
    language TEXT PRIMARY KEY,
    markdown TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);
INSERT INTO login_texts (language, markdown, updated_at)
SELECT COALESCE(default_language, 'en'), login_text_md, login_text_updated_at
FROM portal WHERE id = 1 AND login_text_md <> '';
ALTER TABLE portal DROP COLUMN login_text_md;
ALTER TABLE portal DROP COLUMN login_text_updated_at;
