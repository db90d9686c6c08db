-- Descriptive features of each artwork (and of how it was drawn), computed once and kept for
-- baselines and trends. Numbers only; the full feature set (palette etc.) is sealed.
CREATE TABLE artwork_features (
  artwork_id    uuid PRIMARY KEY REFERENCES artworks(id) ON DELETE CASCADE,
  client_id     uuid NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  vector        jsonb NOT NULL,            -- artwork + process feature numbers
  detail_sealed text NOT NULL,             -- the full ArtworkFeatures / ProcessFeatures
  computed_at   timestamptz NOT NULL
);
CREATE INDEX artwork_features_client ON artwork_features(client_id);
