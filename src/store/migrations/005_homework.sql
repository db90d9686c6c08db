-- Homework: a directive assigned to a client with a due date and a personal note. What the
-- client makes, writes and feels while doing it is linked by homework_id.
CREATE TABLE homework (
  id                 uuid PRIMARY KEY,
  client_id          uuid NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  therapist_id       uuid NOT NULL REFERENCES users(id),
  directive_id       text NOT NULL,
  directive_snapshot jsonb NOT NULL,           -- title, mode, instructions, questions as assigned
  note_sealed        text,
  due_at             timestamptz,
  status             text NOT NULL DEFAULT 'assigned' CHECK (status IN ('assigned', 'in_progress', 'completed', 'cancelled')),
  created_at         timestamptz NOT NULL,
  completed_at       timestamptz
);
CREATE INDEX homework_client ON homework(client_id, created_at);

ALTER TABLE artworks ADD COLUMN homework_id uuid REFERENCES homework(id) ON DELETE SET NULL;
ALTER TABLE reflections ADD COLUMN homework_id uuid REFERENCES homework(id) ON DELETE SET NULL;
ALTER TABLE reflections ADD COLUMN question text;
ALTER TABLE checkins ADD COLUMN homework_id uuid REFERENCES homework(id) ON DELETE SET NULL;
