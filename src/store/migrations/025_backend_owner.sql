-- Model servers have an owner. A therapist sees, tests and removes only the servers they added;
-- a practice-wide server (added by the practice owner or an operator) is offered to everyone,
-- read-only to others. Clients see only the servers their own therapist can use.
ALTER TABLE image_backends ADD COLUMN owner_id uuid REFERENCES users(id) ON DELETE CASCADE;
ALTER TABLE image_backends ADD COLUMN practice_wide boolean NOT NULL DEFAULT false;
-- Servers saved before owners existed were shared by everyone: they stay practice-wide.
UPDATE image_backends SET owner_id = created_by, practice_wide = true;
CREATE INDEX image_backends_owner ON image_backends (owner_id);
