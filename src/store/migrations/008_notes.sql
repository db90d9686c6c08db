-- Session notes: drafts the therapist edits, then signs. A signed note is locked (its content
-- hash is recorded) and can only be amended by dated addenda, each hashed too.
CREATE TABLE notes (
  id             uuid PRIMARY KEY,
  client_id      uuid NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  session_id     uuid REFERENCES therapy_sessions(id) ON DELETE SET NULL,
  therapist_id   uuid NOT NULL REFERENCES users(id),
  format         text NOT NULL CHECK (format IN ('SOAP', 'DAP', 'BIRP')),
  status         text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed')),
  content_sealed text NOT NULL,
  drafted_by     text NOT NULL,
  content_hash   text,
  signed_at      timestamptz,
  created_at     timestamptz NOT NULL,
  updated_at     timestamptz NOT NULL
);
CREATE INDEX notes_client ON notes(client_id, created_at);

CREATE TABLE note_addenda (
  id             uuid PRIMARY KEY,
  note_id        uuid NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
  author_id      uuid NOT NULL REFERENCES users(id),
  content_sealed text NOT NULL,
  content_hash   text NOT NULL,
  created_at     timestamptz NOT NULL
);
