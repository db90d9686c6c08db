-- Group work (issue #15): a therapist's groups of clients from their own caseload, group sessions
-- with attendance and one note each, the shared canvas of a session (a Yjs document kept as its
-- appended binary updates, compacted now and then), members' words for co-creation, votes, and
-- the group works kept (stored once, with their contributors).
--
-- Members' words and chosen display names are sealed with the member's own client key, so erasing
-- a member shreds them; the canvas updates are rewritten without the member's strokes on erasure.
CREATE TABLE groups (
  id            uuid PRIMARY KEY,
  therapist_id  uuid NOT NULL REFERENCES users(id),
  name          text NOT NULL,
  created_at    timestamptz NOT NULL,
  archived_at   timestamptz
);
CREATE INDEX groups_therapist ON groups (therapist_id);

CREATE TABLE group_members (
  id              uuid PRIMARY KEY,
  group_id        uuid NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
  client_id       uuid NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  -- The name the member chose to be seen by in this group, sealed with their client key (null: not chosen yet).
  display_sealed  text,
  colour          text NOT NULL,
  added_at        timestamptz NOT NULL,
  removed_at      timestamptz,
  UNIQUE (group_id, client_id)
);
CREATE INDEX group_members_client ON group_members (client_id);

CREATE TABLE group_sessions (
  id            uuid PRIMARY KEY,
  group_id      uuid NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
  title         text NOT NULL DEFAULT '',
  status        text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'in_progress', 'completed', 'cancelled')),
  scheduled_at  timestamptz NOT NULL,
  started_at    timestamptz,
  ended_at      timestamptz,
  created_at    timestamptz NOT NULL
);
CREATE INDEX group_sessions_group ON group_sessions (group_id, scheduled_at);

CREATE TABLE group_attendance (
  session_id  uuid NOT NULL REFERENCES group_sessions(id) ON DELETE CASCADE,
  member_id   uuid NOT NULL REFERENCES group_members(id) ON DELETE CASCADE,
  present     boolean NOT NULL,
  PRIMARY KEY (session_id, member_id)
);

-- One note per group session (the therapist's words, sealed with the store's therapist-words key)
-- and a short line per member (sealed with that member's client key).
CREATE TABLE group_notes (
  session_id   uuid PRIMARY KEY REFERENCES group_sessions(id) ON DELETE CASCADE,
  body_sealed  text NOT NULL,
  author_id    uuid NOT NULL REFERENCES users(id),
  updated_at   timestamptz NOT NULL
);
CREATE TABLE group_note_lines (
  session_id   uuid NOT NULL REFERENCES group_sessions(id) ON DELETE CASCADE,
  member_id    uuid NOT NULL REFERENCES group_members(id) ON DELETE CASCADE,
  line_sealed  text NOT NULL,
  PRIMARY KEY (session_id, member_id)
);

-- The shared canvas: Yjs updates in the order the server applied them.
CREATE TABLE group_canvas_updates (
  seq         bigserial PRIMARY KEY,
  session_id  uuid NOT NULL REFERENCES group_sessions(id) ON DELETE CASCADE,
  update      bytea NOT NULL,
  at          timestamptz NOT NULL
);
CREATE INDEX group_canvas_updates_session ON group_canvas_updates (session_id, seq);

-- Words a member gave for the co-creation of this session (sealed with their key).
CREATE TABLE group_words (
  session_id    uuid NOT NULL REFERENCES group_sessions(id) ON DELETE CASCADE,
  member_id     uuid NOT NULL REFERENCES group_members(id) ON DELETE CASCADE,
  words_sealed  text NOT NULL,
  at            timestamptz NOT NULL,
  PRIMARY KEY (session_id, member_id)
);

-- A round of variations: the sketch (canvas snapshot) and seed they were made from; votes per member.
CREATE TABLE group_rounds (
  id          uuid PRIMARY KEY,
  session_id  uuid NOT NULL REFERENCES group_sessions(id) ON DELETE CASCADE,
  seed        bigint NOT NULL,
  count       integer NOT NULL,
  doc         bytea NOT NULL,
  created_at  timestamptz NOT NULL
);
CREATE INDEX group_rounds_session ON group_rounds (session_id, created_at);
CREATE TABLE group_votes (
  round_id   uuid NOT NULL REFERENCES group_rounds(id) ON DELETE CASCADE,
  member_id  uuid NOT NULL REFERENCES group_members(id) ON DELETE CASCADE,
  choice     integer NOT NULL,
  PRIMARY KEY (round_id, member_id)
);

-- The group work kept: stored once, re-rendered from its sketch, its contributors' words and its seed.
CREATE TABLE group_works (
  id          uuid PRIMARY KEY,
  session_id  uuid NOT NULL REFERENCES group_sessions(id) ON DELETE CASCADE,
  seed        bigint NOT NULL,
  doc         bytea NOT NULL,
  created_at  timestamptz NOT NULL
);
CREATE TABLE group_work_contributors (
  work_id       uuid NOT NULL REFERENCES group_works(id) ON DELETE CASCADE,
  member_id     uuid NOT NULL REFERENCES group_members(id) ON DELETE CASCADE,
  -- The words this member gave to the piece, sealed with their key (null: strokes only).
  words_sealed  text,
  PRIMARY KEY (work_id, member_id)
);
