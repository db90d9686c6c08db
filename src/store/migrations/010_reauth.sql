-- When the session's user last re-entered their password (sensitive actions need it recently).
ALTER TABLE auth_sessions ADD COLUMN reauth_at timestamptz;
