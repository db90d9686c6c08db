-- Store-wide keys (random, each wrapped by the master key like client data keys, so rotating the
-- master key re-wraps them and nothing computed with them changes): the email lookup key, the
-- account identity sealing key, the audit chain key and the audit checkpoint signing key.
CREATE TABLE store_keys (
  name          text PRIMARY KEY,
  wrapped_key   text NOT NULL,
  created_at    timestamptz NOT NULL
);

-- No plaintext identity at rest: the login email is found by a keyed hash (HMAC-SHA256) and kept,
-- with the display name, only sealed. The plain columns stay NULL for new rows; rows written by
-- an older version are converted when the store opens (UsersRepository.sealLegacy), after which
-- dead row versions and old WAL are removed (Store.purgeDeleted).
ALTER TABLE users ADD COLUMN email_hash text;
ALTER TABLE users ADD COLUMN identity_sealed text;
ALTER TABLE users DROP CONSTRAINT IF EXISTS users_email_key;
ALTER TABLE users ALTER COLUMN email DROP NOT NULL;
ALTER TABLE users ALTER COLUMN display_name DROP NOT NULL;
CREATE UNIQUE INDEX users_email_hash ON users(email_hash);

-- Free text that was still plain: a check-in's activity (typed by the client) and the homework
-- question a reflection answers (written by the therapist for this client). Sealed with the
-- client's data key like the rest; legacy rows are sealed on open.
ALTER TABLE checkins ADD COLUMN activity_sealed text;
ALTER TABLE reflections ADD COLUMN question_sealed text;
