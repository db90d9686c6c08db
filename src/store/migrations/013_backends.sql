-- Model servers the clinic has configured (ComfyUI, AUTOMATIC1111/Forge, OpenAI-compatible).
-- Hearth sends pictures only to servers listed here; credentials are sealed with the master key.

CREATE TABLE image_backends (
  id              uuid PRIMARY KEY,
  kind            text NOT NULL CHECK (kind IN ('comfyui', 'a1111', 'openai')),
  label           text NOT NULL,
  url             text NOT NULL,             -- scheme://host:port/path, never credentials
  model           text,                      -- checkpoint (ComfyUI) or model name (OpenAI)
  secrets_sealed  text,                      -- base64 AES-256-GCM(master key, JSON {user, password, apiKey}), bound to the id
  created_by      uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at      timestamptz NOT NULL
);
