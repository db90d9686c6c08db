-- Sign-in throttling shared by every app node: failed attempts per account (exponential backoff)
-- and per client address (a window). Keys are HMACs keyed from the master key, of the
-- normalised email or of the address, so no row names a person or a place.
CREATE TABLE login_throttle (
  key              text PRIMARY KEY,          -- 'account:<hmac>' or 'address:<hmac>'
  failures         integer NOT NULL,          -- attempts charged and not yet cleared by a success
  window_start     timestamptz NOT NULL,      -- when the current count began
  last_failure_at  timestamptz NOT NULL,
  blocked_until    timestamptz                -- no attempt is checked before this
);
CREATE INDEX login_throttle_last_failure ON login_throttle (last_failure_at);
