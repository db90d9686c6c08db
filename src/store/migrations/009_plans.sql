-- Treatment plans: problems, goals with objectives (some measurable from PHQ-9/GAD-7),
-- interventions. Content sealed with the client's key; sharing with the client is explicit.
CREATE TABLE treatment_plans (
  id             uuid PRIMARY KEY,
  client_id      uuid NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  therapist_id   uuid NOT NULL REFERENCES users(id),
  content_sealed text NOT NULL,
  shared         boolean NOT NULL DEFAULT false,
  status         text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
  created_at     timestamptz NOT NULL,
  updated_at     timestamptz NOT NULL
);
CREATE INDEX treatment_plans_client ON treatment_plans(client_id, created_at);
