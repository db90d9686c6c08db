-- The recorded strokes behind a sketch (versioned StrokeDocument JSON), for replay and process insights.
CREATE TABLE artwork_strokes (
  artwork_id    uuid PRIMARY KEY REFERENCES artworks(id) ON DELETE CASCADE,
  version       integer NOT NULL,
  sealed        text NOT NULL,              -- the StrokeDocument JSON, sealed with the client's data key
  created_at    timestamptz NOT NULL
);

CREATE INDEX artworks_parent ON artworks(parent_id);
