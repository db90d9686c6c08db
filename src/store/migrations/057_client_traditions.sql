-- The cultural traditions a client chose as their own (issue 16): ids from
-- src/domain/supports/traditions.ts, sealed with the client's key (purpose `traditions:<client>`)
-- since a cultural background can be sensitive. The client edits it; it goes with the client.
CREATE TABLE client_traditions (
  client_id       uuid PRIMARY KEY REFERENCES clients(id) ON DELETE CASCADE,
  content_sealed  text NOT NULL,
  updated_at      timestamptz NOT NULL
);
