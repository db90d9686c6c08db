-- Music pieces are kept as their parameters and seed (the audio is rendered again, byte for
-- byte, when played), and each listening with mood before and after.
CREATE TABLE music_pieces (
  id            uuid PRIMARY KEY,
  client_id     uuid NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  created_by    uuid NOT NULL REFERENCES users(id),
  plan_sealed   text NOT NULL,              -- the full plan, including the client's words
  key           text NOT NULL,
  mode          text NOT NULL,
  bpm           real NOT NULL,
  instruments   text[] NOT NULL,
  seconds       integer NOT NULL,
  seed          bigint NOT NULL,
  sample_rate   integer NOT NULL,
  created_at    timestamptz NOT NULL
);
CREATE INDEX music_pieces_client ON music_pieces(client_id, created_at);

CREATE TABLE music_listens (
  id               uuid PRIMARY KEY,
  piece_id         uuid NOT NULL REFERENCES music_pieces(id) ON DELETE CASCADE,
  client_id        uuid NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  created_by       uuid NOT NULL REFERENCES users(id),
  before_valence   real NOT NULL,
  before_arousal   real NOT NULL,
  before_distress  smallint NOT NULL,
  after_valence    real NOT NULL,
  after_arousal    real NOT NULL,
  after_distress   smallint NOT NULL,
  seconds_listened integer NOT NULL,
  created_at       timestamptz NOT NULL
);
CREATE INDEX music_listens_piece ON music_listens(piece_id, created_at);
