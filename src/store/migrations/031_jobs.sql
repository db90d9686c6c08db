-- Long jobs (pictures, refining, renders) that any app node may accept and any node or a
-- `hearth worker` may run: state, progress and cancel live here so every node sees them.
-- The job's input (the client's words, the request) is sealed with the client's key and
-- cleared when the job ends; progress, stage and ids are plain (no client content).
CREATE TABLE jobs (
  id                uuid PRIMARY KEY,
  client_id         uuid NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  requested_by      uuid NOT NULL,
  kind              text NOT NULL,
  backend           text NOT NULL,
  state             text NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed', 'cancelled')),
  progress          real NOT NULL DEFAULT 0 CHECK (progress >= 0 AND progress <= 1),
  stage             text NOT NULL DEFAULT 'waiting',
  input_sealed      text,
  result_ids        jsonb NOT NULL DEFAULT '[]',
  error             jsonb,
  cancel_requested  boolean NOT NULL DEFAULT false,
  node              text,
  created_at        timestamptz NOT NULL,
  started_at        timestamptz,
  updated_at        timestamptz NOT NULL,
  finished_at       timestamptz
);
CREATE INDEX jobs_active_by_client ON jobs (client_id) WHERE state IN ('queued', 'running');
CREATE INDEX jobs_running_by_backend ON jobs (backend) WHERE state = 'running';
CREATE INDEX jobs_finished ON jobs (finished_at);
