-- Visual supports (issue 16): social stories, visual schedules and emotion cards a therapist
-- prepares for a client. The title, options and items (words, pictures) are sealed with the
-- client's key (purpose `support:<id>`); ticks on a daily routine are plain step numbers per day.
-- Everything cascades from the client, so erasure removes it with the rest of the record.
CREATE TABLE visual_supports (
  id              uuid PRIMARY KEY,
  client_id       uuid NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  created_by      uuid NOT NULL REFERENCES users(id),
  kind            text NOT NULL CHECK (kind IN ('story', 'schedule', 'cards')),
  content_sealed  text NOT NULL,
  created_at      timestamptz NOT NULL,
  updated_at      timestamptz NOT NULL
);
CREATE INDEX visual_supports_client ON visual_supports(client_id, created_at);

-- Steps of a schedule the client (or carer) ticked off, per calendar day (the device's own date).
CREATE TABLE visual_support_ticks (
  support_id  uuid NOT NULL REFERENCES visual_supports(id) ON DELETE CASCADE,
  day         date NOT NULL,
  step        integer NOT NULL CHECK (step >= 0),
  ticked_at   timestamptz NOT NULL,
  PRIMARY KEY (support_id, day, step)
);
