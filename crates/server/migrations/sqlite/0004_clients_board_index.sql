-- The clients board lists by name, 50 at a time: with these the first pages read 50 index
-- entries instead of sorting every client. (role, status) is a prefix of the first.
DROP INDEX accounts_role_status;
CREATE INDEX accounts_board_status ON accounts (role, status, display_name COLLATE NOCASE, id);
CREATE INDEX accounts_board ON accounts (role, display_name COLLATE NOCASE, id);

-- Search by any part of a name or address without reading every account: a trigram index
-- (case-insensitive), kept in step with accounts by triggers. rowid = accounts.id.
CREATE VIRTUAL TABLE accounts_search USING fts5(name, email, tokenize = 'trigram');
INSERT INTO accounts_search (rowid, name, email) SELECT id, display_name, email FROM accounts;
CREATE TRIGGER accounts_search_insert AFTER INSERT ON accounts BEGIN
    INSERT INTO accounts_search (rowid, name, email) VALUES (new.id, new.display_name, new.email);
END;
CREATE TRIGGER accounts_search_update AFTER UPDATE OF display_name, email ON accounts BEGIN
    DELETE FROM accounts_search WHERE rowid = old.id;
    INSERT INTO accounts_search (rowid, name, email) VALUES (new.id, new.display_name, new.email);
END;
CREATE TRIGGER accounts_search_delete AFTER DELETE ON accounts BEGIN
    DELETE FROM accounts_search WHERE rowid = old.id;
END;
