-- Mood check-ins, standardised measures, reflections and crisis alerts. Client words and
-- answers are sealed with the client's data key; scores stay queryable for trends.
CREATE TABLE checkins (
  id            uuid PRIMARY KEY,
  client_id     uuid NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  created_by    uuid NOT NULL REFERENCES users(id),
  moment        text NOT NULL CHECK (moment IN ('before', 'after', 'standalone')),
  activity      text,
  valence       real NOT NULL,
  arousal       real NOT NULL,
  distress      smallint NOT NULL,
  note_sealed   text,
  created_at    timestamptz NOT NULL
);
CREATE INDEX checkins_client ON checkins(client_id, created_at);

CREATE TABLE measure_responses (
  id             uuid PRIMARY KEY,
  client_id      uuid NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  created_by     uuid NOT NULL REFERENCES users(id),
  measure        text NOT NULL CHECK (measure IN ('phq9', 'gad7')),
  answers_sealed text NOT NULL,
  total          smallint NOT NULL,
  band           text NOT NULL,
  safety_flag    boolean NOT NULL,
  created_at     timestamptz NOT NULL
);
CREATE INDEX measure_responses_client ON measure_responses(client_id, measure, created_at);

CREATE TABLE reflections (
  id            uuid PRIMARY KEY,
  client_id     uuid NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  created_by    uuid NOT NULL REFERENCES users(id),
  artwork_id    uuid REFERENCES artworks(id) ON DELETE SET NULL,
  text_sealed   text NOT NULL,
  created_at    timestamptz NOT NULL
);
CREATE INDEX reflections_client ON reflections(client_id, created_at);

CREATE TABLE alerts (
  id              uuid PRIMARY KEY,
  client_id       uuid NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  source          text NOT NULL CHECK (source IN ('reflection', 'checkin', 'measure')),
  source_id       uuid NOT NULL,
  level           text NOT NULL CHECK (level IN ('concern', 'urgent')),
  categories      text[] NOT NULL,
  reasons_sealed  text NOT NULL,
  created_at      timestamptz NOT NULL,
  acknowledged_at timestamptz,
  acknowledged_by uuid REFERENCES users(id)
);
CREATE INDEX alerts_client ON alerts(client_id, created_at);
