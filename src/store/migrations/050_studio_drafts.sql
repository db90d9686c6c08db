-- Studio drafts: variations stay in the studio until the client keeps one.
-- gallery = a work in the client's gallery (every artwork before this migration);
-- draft   = made in the studio and not kept yet (listed in the studio, never in the gallery);
-- process = part of a kept work's history (the drawing it was made from): in its version tree
--           and replay, not a gallery item of its own.
ALTER TABLE artworks ADD COLUMN studio_state text NOT NULL DEFAULT 'gallery' CHECK (studio_state IN ('gallery', 'draft', 'process'));
CREATE INDEX artworks_client_state ON artworks(client_id, studio_state);
