-- The audit chain becomes keyed: hash = HMAC-SHA256(audit key, prev_hash ‖ canonical entry), the
-- key wrapped by the master key in store_keys. Entries written under the old plain-sha256 chain
-- (chain = 1) are re-chained once when the store opens, and an `audit.chain_upgraded` entry
-- records at which entry that happened and whether the old chain verified.
-- Existing rows get 1; rows inserted from now on are on chain 2 unless they say otherwise.
ALTER TABLE audit_log ADD COLUMN chain smallint NOT NULL DEFAULT 1;
ALTER TABLE audit_log ALTER COLUMN chain SET DEFAULT 2;
