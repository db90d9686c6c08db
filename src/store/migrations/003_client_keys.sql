-- Per-client data keys (AES-256), each wrapped by the master key. Destroying a client's row
-- makes everything sealed with that key unreadable (crypto-shredding).
CREATE TABLE client_keys (
  client_id     uuid PRIMARY KEY REFERENCES clients(id) ON DELETE CASCADE,
  wrapped_key   text NOT NULL,
  created_at    timestamptz NOT NULL
);
