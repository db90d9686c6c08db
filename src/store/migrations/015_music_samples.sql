-- Recordings a client uploads for the music engine to continue (their own humming, an
-- instrument, a sound they find calming). The audio is a sealed client file; the measured
-- tempo, key, mode and loudness are kept plain for display. A piece that continues a sample
-- names it, so the piece renders again byte for byte.
CREATE TABLE music_samples (
  id           uuid PRIMARY KEY,
  client_id    uuid NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  created_by   uuid NOT NULL REFERENCES users(id),
  blob_key     text NOT NULL,
  seconds      real NOT NULL,
  sample_rate  integer NOT NULL,
  channels     smallint NOT NULL,
  bpm          real NOT NULL,
  key          text NOT NULL,
  mode         text NOT NULL,
  lufs         real NOT NULL,
  created_at   timestamptz NOT NULL
);
CREATE INDEX music_samples_client ON music_samples(client_id, created_at);

ALTER TABLE music_pieces ADD COLUMN sample_id uuid REFERENCES music_samples(id) ON DELETE CASCADE;
