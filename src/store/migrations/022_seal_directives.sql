-- Words a therapist wrote that were still plain: the directive as assigned to a client as homework
-- (title, goal, instructions, reflection questions — possibly written for this client) and the
-- directives planned for a session are sealed with the client's data key; a therapist's own
-- directive library is sealed with the `therapist-words` store key. The jsonb columns stay '{}'
-- for new rows; rows written before are sealed when the store opens, then blanked.
ALTER TABLE homework ADD COLUMN directive_sealed text;
ALTER TABLE session_directives ADD COLUMN snapshot_sealed text;
ALTER TABLE therapist_directives ADD COLUMN body_sealed text;
