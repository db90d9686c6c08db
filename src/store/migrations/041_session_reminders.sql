-- Session reminders (issue 18). A therapist may have Hearth remind the client of a session inside
-- Hearth (never by email): one row per "so long before", stored per session. The moment a reminder
-- is due is computed on read from the session's current time (scheduled_at - minutes_before), so
-- moving a session moves its reminders and a restart loses nothing. Cancelling the session cancels
-- them (only scheduled sessions remind). `seen_at` tells the therapist the client saw it; a move
-- clears seen/dismissed so the client hears of the new time.
CREATE TABLE session_reminders (
  id              uuid PRIMARY KEY,
  session_id      uuid NOT NULL REFERENCES therapy_sessions(id) ON DELETE CASCADE,
  client_id       uuid NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  minutes_before  integer NOT NULL CHECK (minutes_before BETWEEN 5 AND 20160),
  created_at      timestamptz NOT NULL,
  seen_at         timestamptz,
  dismissed_at    timestamptz,
  UNIQUE (session_id, minutes_before)
);
CREATE INDEX session_reminders_client ON session_reminders(client_id);
