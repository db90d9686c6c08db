-- Client-authored words that were plain: a client's name, pronouns and goals, and an artwork's
-- title and parameters (the prompt and negative prompt are the client's words). They are now
-- sealed with the client's data key, so erasing the client (destroying the key) leaves nothing
-- readable in old row versions or WAL. Plain columns are kept blank for new rows; rows written
-- before this migration are sealed when the store opens (ClientsRepository/ArtworksRepository
-- sealLegacy), then blanked.
ALTER TABLE clients ADD COLUMN profile_sealed text;
ALTER TABLE artworks ADD COLUMN words_sealed text;

-- Session titles ("Drawing the worry") are written by the therapist about the client.
ALTER TABLE therapy_sessions ADD COLUMN title_sealed text;
