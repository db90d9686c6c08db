-- A practice of several therapists (issue #15): the owner (exactly one row, so exactly one owner),
-- staff invited as supervisors, supervision grants (read-only access to a supervisee's caseload),
-- single-use staff invites (only the token's hash is kept; the email is sealed under the identity
-- store key and found by its keyed lookup hash, like accounts), transfers of care, and the region
-- whose crisis contacts a client is shown.

CREATE TABLE practice_owner (
  singleton   boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  user_id     uuid NOT NULL REFERENCES users(id),
  since       timestamptz NOT NULL
);
-- Installations from before: the therapist who set Hearth up (the earliest therapist) owns the practice.
INSERT INTO practice_owner (singleton, user_id, since)
  SELECT true, id, created_at FROM users WHERE role = 'therapist' ORDER BY created_at, id LIMIT 1;

-- A therapist account invited as a supervisor (shown as such; supervision itself is granted below).
CREATE TABLE staff_titles (
  user_id     uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  title       text NOT NULL CHECK (title IN ('supervisor'))
);

CREATE TABLE supervisions (
  supervisor_id  uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  supervisee_id  uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  granted_by     uuid REFERENCES users(id) ON DELETE SET NULL,
  granted_at     timestamptz NOT NULL,
  PRIMARY KEY (supervisor_id, supervisee_id),
  CHECK (supervisor_id <> supervisee_id)
);
CREATE INDEX supervisions_supervisee ON supervisions(supervisee_id);

CREATE TABLE staff_invites (
  id             uuid PRIMARY KEY,
  token_hash     text NOT NULL UNIQUE,
  role           text NOT NULL CHECK (role IN ('therapist', 'supervisor', 'operator')),
  email_hash     text NOT NULL,
  email_sealed   text NOT NULL,
  created_by     uuid NOT NULL REFERENCES users(id),
  created_at     timestamptz NOT NULL,
  expires_at     timestamptz NOT NULL,
  used_at        timestamptz,
  revoked_at     timestamptz,
  user_id        uuid REFERENCES users(id) ON DELETE SET NULL
);
CREATE INDEX staff_invites_created ON staff_invites(created_at);

CREATE TABLE care_transfers (
  id              uuid PRIMARY KEY,
  client_id       uuid NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  from_therapist  uuid NOT NULL REFERENCES users(id),
  to_therapist    uuid NOT NULL REFERENCES users(id),
  by_user         uuid NOT NULL REFERENCES users(id),
  at              timestamptz NOT NULL
);
CREATE INDEX care_transfers_client ON care_transfers(client_id, at);
CREATE INDEX care_transfers_from ON care_transfers(from_therapist, at);

-- Which region's crisis contacts the client is shown (ISO 3166 alpha-2, e.g. 'DE'), and in which
-- language; NULL: the practice's defaults.
ALTER TABLE clients ADD COLUMN crisis_region text CHECK (crisis_region IS NULL OR crisis_region ~ '^[A-Z]{2}$');
ALTER TABLE clients ADD COLUMN crisis_language text CHECK (crisis_language IS NULL OR crisis_language IN ('en', 'es', 'de'));
