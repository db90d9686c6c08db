-- The therapist workspace: therapists' own directives (private to their author), PHQ-9/GAD-7
-- schedules per client, directives attached to a planned session, and the note a therapist
-- writes when acknowledging an alert (sealed with the client's key: it may quote the client).
CREATE TABLE therapist_directives (
  id            text PRIMARY KEY,
  therapist_id  uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  body          jsonb NOT NULL,              -- the Directive fields, validated by validateDirective
  based_on      text,                        -- the directive it was duplicated from, if any
  created_at    timestamptz NOT NULL,
  updated_at    timestamptz NOT NULL
);
CREATE INDEX therapist_directives_owner ON therapist_directives(therapist_id, created_at);

CREATE TABLE measure_schedules (
  client_id   uuid NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  measure     text NOT NULL CHECK (measure IN ('phq9', 'gad7')),
  frequency   text NOT NULL CHECK (frequency IN ('every_session', 'weekly', 'every_two_weeks', 'monthly', 'off')),
  starts_at   timestamptz NOT NULL,
  updated_by  uuid NOT NULL REFERENCES users(id),
  PRIMARY KEY (client_id, measure)
);

CREATE TABLE session_directives (
  session_id    uuid NOT NULL REFERENCES therapy_sessions(id) ON DELETE CASCADE,
  directive_id  text NOT NULL,
  snapshot      jsonb NOT NULL,              -- title and mode as attached
  created_by    uuid NOT NULL REFERENCES users(id),
  created_at    timestamptz NOT NULL,
  PRIMARY KEY (session_id, directive_id)
);

ALTER TABLE alerts ADD COLUMN ack_note_sealed text;

-- Music made for a homework item, linked like artworks are.
ALTER TABLE music_pieces ADD COLUMN homework_id uuid REFERENCES homework(id) ON DELETE SET NULL;
