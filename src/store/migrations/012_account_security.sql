-- Account security: TOTP two-factor (secret sealed with the master key), single-use recovery
-- codes (stored hashed), and the short-lived pending state between password and code.

CREATE TABLE user_totp (
  user_id         uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  secret_sealed   text NOT NULL,             -- base64 of AES-256-GCM(master key, secret)
  created_at      timestamptz NOT NULL,
  enabled_at      timestamptz,               -- null while enrolment awaits its first code
  last_step       bigint NOT NULL DEFAULT 0, -- newest 30-s step used: older or equal steps are refused (no replay)
  failures        integer NOT NULL DEFAULT 0,
  failures_since  timestamptz
);

CREATE TABLE recovery_codes (
  user_id     uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  code_hash   text NOT NULL,                 -- sha256(user id ‖ normalised code)
  created_at  timestamptz NOT NULL,
  used_at     timestamptz,
  PRIMARY KEY (user_id, code_hash)
);

CREATE TABLE login_challenges (
  id          text PRIMARY KEY,              -- sha256 of the pending token given to the browser
  user_id     uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at  timestamptz NOT NULL,
  expires_at  timestamptz NOT NULL,
  attempts    integer NOT NULL DEFAULT 0
);
CREATE INDEX login_challenges_user ON login_challenges(user_id);
