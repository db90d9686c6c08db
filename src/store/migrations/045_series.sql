-- Series (storybooks): a client's works ordered into chapters, each with a title, the client's
-- words and optional music. Titles and words are the client's: sealed with their key
-- (purpose `series:<id>` / `series-chapter:<id>`). Everything cascades from the client, so
-- erasure removes it with the rest of the record.
CREATE TABLE series (
  id            uuid PRIMARY KEY,
  client_id     uuid NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  created_by    uuid NOT NULL REFERENCES users(id),
  words_sealed  text NOT NULL,               -- { title, description }
  music_id      uuid REFERENCES music_pieces(id) ON DELETE SET NULL,
  created_at    timestamptz NOT NULL,
  updated_at    timestamptz NOT NULL
);
CREATE INDEX series_client ON series(client_id, created_at);

CREATE TABLE series_chapters (
  id            uuid PRIMARY KEY,
  series_id     uuid NOT NULL REFERENCES series(id) ON DELETE CASCADE,
  position      integer NOT NULL CHECK (position >= 0),
  artwork_id    uuid REFERENCES artworks(id) ON DELETE SET NULL,
  music_id      uuid REFERENCES music_pieces(id) ON DELETE SET NULL,
  words_sealed  text NOT NULL,               -- { title, words }
  UNIQUE (series_id, position)
);

-- Tags a client (or their therapist) puts on a work; 'self_portrait' marks the works compared
-- in the then/now view. A tag is a plain word from a fixed list, never the client's own text.
CREATE TABLE artwork_tags (
  artwork_id  uuid NOT NULL REFERENCES artworks(id) ON DELETE CASCADE,
  tag         text NOT NULL CHECK (tag IN ('self_portrait')),
  created_at  timestamptz NOT NULL,
  PRIMARY KEY (artwork_id, tag)
);

-- A series the therapist attached to a session note.
CREATE TABLE note_series (
  note_id     uuid NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
  series_id   uuid NOT NULL REFERENCES series(id) ON DELETE CASCADE,
  created_at  timestamptz NOT NULL,
  PRIMARY KEY (note_id, series_id)
);
