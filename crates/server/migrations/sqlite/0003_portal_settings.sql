-- Settings staff choose in the console. NULL means "not chosen yet": the server's flag
-- (or its default) applies, so a fresh portal follows its command line.
ALTER TABLE portal ADD COLUMN account_password INTEGER;
ALTER TABLE portal ADD COLUMN reset_link_lifetime_secs INTEGER;
ALTER TABLE portal ADD COLUMN reset_reuse_window_secs INTEGER;
ALTER TABLE portal ADD COLUMN first_sign_in_window_secs INTEGER;
ALTER TABLE portal ADD COLUMN min_password_chars INTEGER;
ALTER TABLE portal ADD COLUMN settings_updated_at INTEGER;
