-- Tells every app node when rows it keeps in memory change (store/change-listener.ts): who a
-- session belongs to (auth_sessions, users, a client's record and its status), settings, and a
-- client's record with the count of their works (clients, artworks, client_keys).
-- One notification per statement, delivered when the transaction commits. Marking a session
-- used (last_seen_at) and new sessions or clients notify nothing: no cached row changes.
CREATE OR REPLACE FUNCTION hearth_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('hearth_rows', TG_TABLE_NAME); RETURN NULL; END $$;
CREATE TRIGGER users_changed AFTER UPDATE OR DELETE OR TRUNCATE ON users FOR EACH STATEMENT EXECUTE FUNCTION hearth_rows_changed();
CREATE TRIGGER auth_sessions_changed AFTER DELETE OR TRUNCATE ON auth_sessions FOR EACH STATEMENT EXECUTE FUNCTION hearth_rows_changed();
CREATE TRIGGER auth_sessions_updated AFTER UPDATE OF user_id, csrf_token, expires_at, reauth_at ON auth_sessions FOR EACH STATEMENT EXECUTE FUNCTION hearth_rows_changed();
CREATE TRIGGER clients_changed AFTER UPDATE OR DELETE OR TRUNCATE ON clients FOR EACH STATEMENT EXECUTE FUNCTION hearth_rows_changed();
CREATE TRIGGER settings_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON settings FOR EACH STATEMENT EXECUTE FUNCTION hearth_rows_changed();
-- A client's record is cached with the count of their works (clients.repository.ts).
CREATE TRIGGER artworks_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON artworks FOR EACH STATEMENT EXECUTE FUNCTION hearth_rows_changed();
CREATE TRIGGER client_keys_changed AFTER DELETE OR TRUNCATE ON client_keys FOR EACH STATEMENT EXECUTE FUNCTION hearth_rows_changed();
