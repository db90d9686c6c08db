-- Hearth schema v1. Runs unchanged on PGlite and PostgreSQL 15+.

CREATE TABLE users (
  id            uuid PRIMARY KEY,
  role          text NOT NULL CHECK (role IN ('therapist', 'client', 'admin')),
  email         text NOT NULL UNIQUE,
  display_name  text NOT NULL,
  password_hash text NOT NULL,
  created_at    timestamptz NOT NULL,
  disabled_at   timestamptz
);

CREATE TABLE auth_sessions (
  id            text PRIMARY KEY,            -- sha256 of the cookie token; the token itself is never stored
  user_id       uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token    text NOT NULL,
  created_at    timestamptz NOT NULL,
  last_seen_at  timestamptz NOT NULL,
  expires_at    timestamptz NOT NULL,        -- absolute lifetime
  user_agent    text
);
CREATE INDEX auth_sessions_user ON auth_sessions(user_id);

CREATE TABLE clients (
  id            uuid PRIMARY KEY,
  therapist_id  uuid NOT NULL REFERENCES users(id),
  user_id       uuid UNIQUE REFERENCES users(id),
  display_name  text NOT NULL,
  pronouns      text,
  goals         text NOT NULL DEFAULT '',
  status        text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
  created_at    timestamptz NOT NULL,
  updated_at    timestamptz NOT NULL
);
CREATE INDEX clients_therapist ON clients(therapist_id);

CREATE TABLE invites (
  id            uuid PRIMARY KEY,
  token_hash    text NOT NULL UNIQUE,
  client_id     uuid NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  created_by    uuid NOT NULL REFERENCES users(id),
  created_at    timestamptz NOT NULL,
  expires_at    timestamptz NOT NULL,
  used_at       timestamptz,
  revoked_at    timestamptz
);
CREATE INDEX invites_client ON invites(client_id);

CREATE TABLE therapy_sessions (
  id            uuid PRIMARY KEY,
  client_id     uuid NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  therapist_id  uuid NOT NULL REFERENCES users(id),
  kind          text NOT NULL DEFAULT 'individual' CHECK (kind IN ('individual', 'group')),
  status        text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'in_progress', 'completed', 'cancelled')),
  title         text NOT NULL DEFAULT '',
  scheduled_at  timestamptz NOT NULL,
  started_at    timestamptz,
  ended_at      timestamptz,
  created_at    timestamptz NOT NULL
);
CREATE INDEX therapy_sessions_client ON therapy_sessions(client_id, scheduled_at);

CREATE TABLE artworks (
  id            uuid PRIMARY KEY,
  client_id     uuid NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  created_by    uuid NOT NULL REFERENCES users(id),
  parent_id     uuid REFERENCES artworks(id),
  session_id    uuid REFERENCES therapy_sessions(id) ON DELETE SET NULL,
  kind          text NOT NULL CHECK (kind IN ('sketch', 'upload', 'generated', 'inpainted')),
  title         text NOT NULL DEFAULT '',
  blob_key      text NOT NULL,
  thumb_key     text NOT NULL,
  mime          text NOT NULL,
  width         integer NOT NULL,
  height        integer NOT NULL,
  bytes         integer NOT NULL,
  backend       text,
  params        jsonb NOT NULL DEFAULT '{}'::jsonb,
  seed          bigint,
  created_at    timestamptz NOT NULL,
  deleted_at    timestamptz
);
CREATE INDEX artworks_client ON artworks(client_id, created_at);

-- Append-only, hash-chained: hash = sha256(prev_hash || canonical JSON of the entry).
CREATE TABLE audit_log (
  seq           bigint PRIMARY KEY,
  at            timestamptz NOT NULL,
  actor_id      uuid,
  actor_role    text,
  action        text NOT NULL,
  client_id     uuid,
  target_type   text,
  target_id     text,
  detail        jsonb NOT NULL DEFAULT '{}'::jsonb,
  prev_hash     text NOT NULL,
  hash          text NOT NULL
);
CREATE INDEX audit_log_client ON audit_log(client_id, seq);

CREATE TABLE settings (
  key           text PRIMARY KEY,
  value         jsonb NOT NULL
);
