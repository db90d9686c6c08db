-- Live steering of a playing piece ("calmer", "slower", "fewer instruments"…), kept as part of
-- the listening: one row per steered playback, the commands and the moments of the piece they
-- took effect at sealed with the client's key (erased with the client; in the record export).
-- The count is plain so "what helps" can find steered listenings without opening every log.
CREATE TABLE music_steering (
  id          uuid PRIMARY KEY,
  piece_id    uuid NOT NULL REFERENCES music_pieces(id) ON DELETE CASCADE,
  client_id   uuid NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  created_by  uuid NOT NULL REFERENCES users(id),
  log_sealed  text NOT NULL,
  steers      integer NOT NULL DEFAULT 0,
  started_at  timestamptz NOT NULL,
  updated_at  timestamptz NOT NULL
);
CREATE INDEX music_steering_client ON music_steering(client_id, started_at);
CREATE INDEX music_steering_piece ON music_steering(piece_id, started_at);

-- A listening (mood before and after) may name the steered playback it followed.
ALTER TABLE music_listens ADD COLUMN steering_id uuid REFERENCES music_steering(id) ON DELETE SET NULL;
