-- Languages (issue 18). Each account may choose the language Hearth speaks to it (NULL: follow the
-- browser or the system). An invite may name the language the new client starts in; without one,
-- the client inherits their therapist's choice. A signed consent records the language of the
-- document text the client read (NULL for records made before languages existed: English).
ALTER TABLE users ADD COLUMN locale text CHECK (locale IN ('en', 'es', 'de'));
ALTER TABLE invites ADD COLUMN locale text CHECK (locale IN ('en', 'es', 'de'));
ALTER TABLE consent_records ADD COLUMN document_locale text CHECK (document_locale IN ('en', 'es', 'de'));
