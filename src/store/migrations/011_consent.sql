-- Informed consent. Versioned documents (the built-in default applies until a clinic publishes
-- one) and an append-only log of signatures and withdrawals; the current state is derived.
CREATE TABLE consent_documents (
  seq          bigserial PRIMARY KEY,
  version      text NOT NULL UNIQUE,
  title        text NOT NULL,
  body         text NOT NULL,
  published_by uuid REFERENCES users(id) ON DELETE SET NULL,
  published_at timestamptz NOT NULL
);

CREATE TABLE consent_records (
  seq              bigserial PRIMARY KEY,
  id               uuid NOT NULL UNIQUE,
  client_id        uuid NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  kind             text NOT NULL CHECK (kind IN ('sign', 'withdraw')),
  document_version text NOT NULL,
  scopes           text[] NOT NULL,
  signature_sealed text,                      -- the typed full name, sealed with the client's key
  actor_id         uuid REFERENCES users(id) ON DELETE SET NULL,
  at               timestamptz NOT NULL
);
CREATE INDEX consent_records_client ON consent_records(client_id, seq);
