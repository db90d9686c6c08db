/**
 * Groups (038): a therapist's groups, their members (display names sealed with each member's
 * client key), group sessions with attendance and notes, the shared canvas as appended Yjs
 * updates, co-creation words, rounds and votes, and the group works kept.
 */
import { randomUUID } from 'node:crypto';
import type { ClientVault } from './crypto/vault.ts';
import type { KeyRing } from './crypto/key-ring.ts';
import type { Db, Queryable } from './db.ts';

export interface GroupRecord {
  id: string;
  therapistId: string;
  name: string;
  createdAt: Date;
  archivedAt: Date | null;
}

export interface GroupMemberRecord {
  id: string;
  groupId: string;
  clientId: string;
  /** The name the member chose for this group, or null before they chose one. */
  displayName: string | null;
  colour: string;
  addedAt: Date;
  removedAt: Date | null;
}

export type GroupSessionStatus = 'scheduled' | 'in_progress' | 'completed' | 'cancelled';

export interface GroupSessionRecord {
  id: string;
  groupId: string;
  title: string;
  status: GroupSessionStatus;
  scheduledAt: Date;
  startedAt: Date | null;
  endedAt: Date | null;
  createdAt: Date;
}

export interface GroupNoteRecord {
  sessionId: string;
  body: string;
  lines: { memberId: string; line: string }[];
  authorId: string;
  updatedAt: Date;
}

export interface GroupRoundRecord {
  id: string;
  sessionId: string;
  seed: number;
  count: number;
  doc: Uint8Array;
  createdAt: Date;
}

export interface GroupWorkRecord {
  id: string;
  sessionId: string;
  seed: number;
  doc: Uint8Array;
  createdAt: Date;
  contributors: { memberId: string; clientId: string; words: string | null }[];
}

interface MemberRow {
  id: string;
  group_id: string;
  client_id: string;
  display_sealed: string | null;
  colour: string;
  added_at: Date;
  removed_at: Date | null;
}
interface SessionRow {
  id: string;
  group_id: string;
  title: string;
  status: GroupSessionStatus;
  scheduled_at: Date;
  started_at: Date | null;
  ended_at: Date | null;
  created_at: Date;
}

const bytes = (v: unknown): Uint8Array => (v instanceof Uint8Array ? new Uint8Array(v) : new Uint8Array(Buffer.from(v as string)));
const dateOrNull = (v: Date | null): Date | null => (v ? new Date(v) : null);
const nameAad = (memberId: string) => `group-member-name:${memberId}`;
const wordsAad = (sessionId: string, memberId: string) => `group-words:${sessionId}:${memberId}`;
const workWordsAad = (workId: string, memberId: string) => `group-work-words:${workId}:${memberId}`;
const lineAad = (sessionId: string, memberId: string) => `group-note-line:${sessionId}:${memberId}`;
const noteAad = (sessionId: string) => `group-note:${sessionId}`;

export class GroupsRepository {
  constructor(
    private readonly db: Db,
    private readonly vault: ClientVault,
    private readonly keys: KeyRing,
  ) {}

  // ── groups and members ──────────────────────────────────────────────────────────────────

  async create(g: Omit<GroupRecord, 'archivedAt'>): Promise<GroupRecord> {
    await this.db.query('INSERT INTO groups (id, therapist_id, name, created_at) VALUES ($1,$2,$3,$4)', [g.id, g.therapistId, g.name, g.createdAt]);
    return { ...g, archivedAt: null };
  }

  async byId(id: string): Promise<GroupRecord | undefined> {
    const rows = await this.db.query<{ id: string; therapist_id: string; name: string; created_at: Date; archived_at: Date | null }>(
      'SELECT * FROM groups WHERE id = $1',
      [id],
    );
    const r = rows[0];
    return r && { id: r.id, therapistId: r.therapist_id, name: r.name, createdAt: new Date(r.created_at), archivedAt: dateOrNull(r.archived_at) };
  }

  /** The therapist's groups, or (for a client) the groups they are a current member of. */
  async listFor(by: { therapistId: string } | { clientId: string }): Promise<GroupRecord[]> {
    const rows =
      'therapistId' in by
        ? await this.db.query<{ id: string }>('SELECT id FROM groups WHERE therapist_id = $1 ORDER BY created_at', [by.therapistId])
        : await this.db.query<{ id: string }>(
            'SELECT g.id FROM groups g JOIN group_members m ON m.group_id = g.id WHERE m.client_id = $1 AND m.removed_at IS NULL ORDER BY g.created_at',
            [by.clientId],
          );
    const out: GroupRecord[] = [];
    for (const r of rows) {
      const g = await this.byId(r.id);
      if (g) out.push(g);
    }
    return out;
  }

  async addMember(m: { groupId: string; clientId: string; colour: string; at: Date }): Promise<GroupMemberRecord> {
    const rows = await this.db.query<MemberRow>(
      `INSERT INTO group_members (id, group_id, client_id, colour, added_at) VALUES ($1,$2,$3,$4,$5)
       ON CONFLICT (group_id, client_id) DO UPDATE SET removed_at = NULL RETURNING *`,
      [randomUUID(), m.groupId, m.clientId, m.colour, m.at],
    );
    return this.member(rows[0]!);
  }

  async removeMember(memberId: string, at: Date): Promise<void> {
    await this.db.query('UPDATE group_members SET removed_at = $2 WHERE id = $1 AND removed_at IS NULL', [memberId, at]);
  }

  async setDisplayName(member: GroupMemberRecord, name: string): Promise<void> {
    const sealed = await this.vault.sealJson(member.clientId, nameAad(member.id), name);
    await this.db.query('UPDATE group_members SET display_sealed = $2 WHERE id = $1', [member.id, sealed]);
  }

  /** Every member ever added (current ones have `removedAt` null), oldest first. */
  async members(groupId: string): Promise<GroupMemberRecord[]> {
    const rows = await this.db.query<MemberRow>('SELECT * FROM group_members WHERE group_id = $1 ORDER BY added_at, id', [groupId]);
    return Promise.all(rows.map((r) => this.member(r)));
  }

  async memberById(id: string): Promise<GroupMemberRecord | undefined> {
    const rows = await this.db.query<MemberRow>('SELECT * FROM group_members WHERE id = $1', [id]);
    return rows[0] && this.member(rows[0]);
  }

  /** Every membership a client has (for erasure and export). */
  async membershipsOf(clientId: string): Promise<GroupMemberRecord[]> {
    const rows = await this.db.query<MemberRow>('SELECT * FROM group_members WHERE client_id = $1', [clientId]);
    return Promise.all(rows.map((r) => this.member(r)));
  }

  private async member(r: MemberRow): Promise<GroupMemberRecord> {
    return {
      id: r.id,
      groupId: r.group_id,
      clientId: r.client_id,
      displayName: r.display_sealed ? await this.vault.openJson<string>(r.client_id, nameAad(r.id), r.display_sealed) : null,
      colour: r.colour,
      addedAt: new Date(r.added_at),
      removedAt: dateOrNull(r.removed_at),
    };
  }

  // ── sessions, attendance, notes ─────────────────────────────────────────────────────────

  async createSession(s: { groupId: string; title: string; scheduledAt: Date; at: Date }): Promise<GroupSessionRecord> {
    const id = randomUUID();
    await this.db.query('INSERT INTO group_sessions (id, group_id, title, scheduled_at, created_at) VALUES ($1,$2,$3,$4,$5)', [
      id,
      s.groupId,
      s.title,
      s.scheduledAt,
      s.at,
    ]);
    return (await this.sessionById(id))!;
  }

  async sessionById(id: string): Promise<GroupSessionRecord | undefined> {
    const rows = await this.db.query<SessionRow>('SELECT * FROM group_sessions WHERE id = $1', [id]);
    return rows[0] && session(rows[0]);
  }

  async sessions(groupId: string): Promise<GroupSessionRecord[]> {
    const rows = await this.db.query<SessionRow>('SELECT * FROM group_sessions WHERE group_id = $1 ORDER BY scheduled_at DESC, id', [groupId]);
    return rows.map(session);
  }

  async setSessionStatus(id: string, status: GroupSessionStatus, at: Date): Promise<GroupSessionRecord> {
    const col =
      status === 'in_progress' ? ', started_at = COALESCE(started_at, $3)' : status === 'completed' || status === 'cancelled' ? ', ended_at = $3' : '';
    await this.db.query(`UPDATE group_sessions SET status = $2${col} WHERE id = $1`, col ? [id, status, at] : [id, status]);
    return (await this.sessionById(id))!;
  }

  async setAttendance(sessionId: string, memberId: string, present: boolean): Promise<void> {
    await this.db.query(
      'INSERT INTO group_attendance (session_id, member_id, present) VALUES ($1,$2,$3) ON CONFLICT (session_id, member_id) DO UPDATE SET present = $3',
      [sessionId, memberId, present],
    );
  }

  async attendance(sessionId: string): Promise<Map<string, boolean>> {
    const rows = await this.db.query<{ member_id: string; present: boolean }>('SELECT member_id, present FROM group_attendance WHERE session_id = $1', [
      sessionId,
    ]);
    return new Map(rows.map((r) => [r.member_id, r.present]));
  }

  /** Writes the session's one note: the body and a line per member (members not named keep none). */
  async saveNote(sessionId: string, body: string, lines: { member: GroupMemberRecord; line: string }[], authorId: string, at: Date): Promise<void> {
    const bodySealed = await this.keys.sealJson('therapist-words', noteAad(sessionId), body);
    const sealedLines = await Promise.all(
      lines.map(async (l) => ({ memberId: l.member.id, sealed: await this.vault.sealJson(l.member.clientId, lineAad(sessionId, l.member.id), l.line) })),
    );
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO group_notes (session_id, body_sealed, author_id, updated_at) VALUES ($1,$2,$3,$4)
         ON CONFLICT (session_id) DO UPDATE SET body_sealed = $2, author_id = $3, updated_at = $4`,
        [sessionId, bodySealed, authorId, at],
      );
      await tx.query('DELETE FROM group_note_lines WHERE session_id = $1', [sessionId]);
      for (const l of sealedLines)
        await tx.query('INSERT INTO group_note_lines (session_id, member_id, line_sealed) VALUES ($1,$2,$3)', [sessionId, l.memberId, l.sealed]);
    });
  }

  async note(sessionId: string): Promise<GroupNoteRecord | undefined> {
    const rows = await this.db.query<{ body_sealed: string; author_id: string; updated_at: Date }>('SELECT * FROM group_notes WHERE session_id = $1', [
      sessionId,
    ]);
    const r = rows[0];
    if (!r) return undefined;
    const lineRows = await this.db.query<{ member_id: string; client_id: string; line_sealed: string }>(
      'SELECT l.member_id, m.client_id, l.line_sealed FROM group_note_lines l JOIN group_members m ON m.id = l.member_id WHERE l.session_id = $1 ORDER BY m.added_at',
      [sessionId],
    );
    return {
      sessionId,
      body: await this.keys.openJson<string>('therapist-words', noteAad(sessionId), r.body_sealed),
      lines: await Promise.all(
        lineRows.map(async (l) => ({
          memberId: l.member_id,
          line: await this.vault.openJson<string>(l.client_id, lineAad(sessionId, l.member_id), l.line_sealed),
        })),
      ),
      authorId: r.author_id,
      updatedAt: new Date(r.updated_at),
    };
  }

  // ── the shared canvas ───────────────────────────────────────────────────────────────────

  async appendUpdate(sessionId: string, update: Uint8Array, at: Date): Promise<void> {
    await this.db.query('INSERT INTO group_canvas_updates (session_id, update, at) VALUES ($1,$2,$3)', [sessionId, update, at]);
  }

  async updates(sessionId: string): Promise<{ seq: number; update: Uint8Array }[]> {
    const rows = await this.db.query<{ seq: number | string; update: unknown }>(
      'SELECT seq, update FROM group_canvas_updates WHERE session_id = $1 ORDER BY seq',
      [sessionId],
    );
    return rows.map((r) => ({ seq: Number(r.seq), update: bytes(r.update) }));
  }

  /** Replaces the updates up to `upToSeq` with one merged update (compaction), in one transaction. */
  async compact(sessionId: string, upToSeq: number, merged: Uint8Array, at: Date, q?: Queryable): Promise<void> {
    const run = async (tx: Queryable) => {
      await tx.query('DELETE FROM group_canvas_updates WHERE session_id = $1 AND seq <= $2', [sessionId, upToSeq]);
      await tx.query('INSERT INTO group_canvas_updates (session_id, update, at) VALUES ($1,$2,$3)', [sessionId, merged, at]);
    };
    if (q) await run(q);
    else await this.db.transaction(run);
  }

  /** Every session that has a canvas (erasure rewrites these). */
  async sessionsWithCanvas(groupId: string): Promise<string[]> {
    const rows = await this.db.query<{ session_id: string }>(
      'SELECT DISTINCT u.session_id FROM group_canvas_updates u JOIN group_sessions s ON s.id = u.session_id WHERE s.group_id = $1',
      [groupId],
    );
    return rows.map((r) => r.session_id);
  }

  // ── co-creation ─────────────────────────────────────────────────────────────────────────

  async setWords(sessionId: string, member: GroupMemberRecord, words: string, at: Date): Promise<void> {
    const sealed = await this.vault.sealJson(member.clientId, wordsAad(sessionId, member.id), words);
    await this.db.query(
      `INSERT INTO group_words (session_id, member_id, words_sealed, at) VALUES ($1,$2,$3,$4)
       ON CONFLICT (session_id, member_id) DO UPDATE SET words_sealed = $3, at = $4`,
      [sessionId, member.id, sealed, at],
    );
  }

  /** The words members gave in this session, by member id. */
  async words(sessionId: string): Promise<Map<string, string>> {
    const rows = await this.db.query<{ member_id: string; client_id: string; words_sealed: string }>(
      'SELECT w.member_id, m.client_id, w.words_sealed FROM group_words w JOIN group_members m ON m.id = w.member_id WHERE w.session_id = $1',
      [sessionId],
    );
    const out = new Map<string, string>();
    for (const r of rows) out.set(r.member_id, await this.vault.openJson<string>(r.client_id, wordsAad(sessionId, r.member_id), r.words_sealed));
    return out;
  }

  async createRound(r: Omit<GroupRoundRecord, 'id'>): Promise<GroupRoundRecord> {
    const id = randomUUID();
    await this.db.query('INSERT INTO group_rounds (id, session_id, seed, count, doc, created_at) VALUES ($1,$2,$3,$4,$5,$6)', [
      id,
      r.sessionId,
      r.seed,
      r.count,
      r.doc,
      r.createdAt,
    ]);
    return { ...r, id };
  }

  async latestRound(sessionId: string): Promise<GroupRoundRecord | undefined> {
    const rows = await this.db.query<{ id: string; seed: number | string; count: number; doc: unknown; created_at: Date }>(
      'SELECT * FROM group_rounds WHERE session_id = $1 ORDER BY created_at DESC, id LIMIT 1',
      [sessionId],
    );
    const r = rows[0];
    return r && { id: r.id, sessionId, seed: Number(r.seed), count: r.count, doc: bytes(r.doc), createdAt: new Date(r.created_at) };
  }

  async vote(roundId: string, memberId: string, choice: number): Promise<void> {
    await this.db.query('INSERT INTO group_votes (round_id, member_id, choice) VALUES ($1,$2,$3) ON CONFLICT (round_id, member_id) DO UPDATE SET choice = $3', [
      roundId,
      memberId,
      choice,
    ]);
  }

  async votes(roundId: string): Promise<Map<string, number>> {
    const rows = await this.db.query<{ member_id: string; choice: number }>('SELECT member_id, choice FROM group_votes WHERE round_id = $1', [roundId]);
    return new Map(rows.map((r) => [r.member_id, r.choice]));
  }

  async createWork(
    w: { sessionId: string; seed: number; doc: Uint8Array; at: Date },
    contributors: { member: GroupMemberRecord; words: string | null }[],
  ): Promise<string> {
    const id = randomUUID();
    const sealed = await Promise.all(
      contributors.map(async (c) => ({
        id: c.member.id,
        words: c.words === null ? null : await this.vault.sealJson(c.member.clientId, workWordsAad(id, c.member.id), c.words),
      })),
    );
    await this.db.transaction(async (tx) => {
      await tx.query('INSERT INTO group_works (id, session_id, seed, doc, created_at) VALUES ($1,$2,$3,$4,$5)', [id, w.sessionId, w.seed, w.doc, w.at]);
      for (const c of sealed) await tx.query('INSERT INTO group_work_contributors (work_id, member_id, words_sealed) VALUES ($1,$2,$3)', [id, c.id, c.words]);
    });
    return id;
  }

  async works(by: { sessionId: string } | { groupId: string }): Promise<GroupWorkRecord[]> {
    const rows =
      'sessionId' in by
        ? await this.db.query<{ id: string }>('SELECT id FROM group_works WHERE session_id = $1 ORDER BY created_at', [by.sessionId])
        : await this.db.query<{ id: string }>(
            'SELECT w.id FROM group_works w JOIN group_sessions s ON s.id = w.session_id WHERE s.group_id = $1 ORDER BY w.created_at',
            [by.groupId],
          );
    const out: GroupWorkRecord[] = [];
    for (const r of rows) {
      const w = await this.workById(r.id);
      if (w) out.push(w);
    }
    return out;
  }

  async workById(id: string): Promise<GroupWorkRecord | undefined> {
    const rows = await this.db.query<{ id: string; session_id: string; seed: number | string; doc: unknown; created_at: Date }>(
      'SELECT * FROM group_works WHERE id = $1',
      [id],
    );
    const r = rows[0];
    if (!r) return undefined;
    const cs = await this.db.query<{ member_id: string; client_id: string; words_sealed: string | null }>(
      'SELECT c.member_id, m.client_id, c.words_sealed FROM group_work_contributors c JOIN group_members m ON m.id = c.member_id WHERE c.work_id = $1 ORDER BY m.added_at, m.id',
      [id],
    );
    return {
      id: r.id,
      sessionId: r.session_id,
      seed: Number(r.seed),
      doc: bytes(r.doc),
      createdAt: new Date(r.created_at),
      contributors: await Promise.all(
        cs.map(async (c) => ({
          memberId: c.member_id,
          clientId: c.client_id,
          words: c.words_sealed ? await this.vault.openJson<string>(c.client_id, workWordsAad(id, c.member_id), c.words_sealed) : null,
        })),
      ),
    };
  }

  /** Replaces a work's or a round's sketch (erasure rewrites them without a member's strokes). */
  async replaceDoc(table: 'group_works' | 'group_rounds', id: string, doc: Uint8Array): Promise<void> {
    await this.db.query(`UPDATE ${table} SET doc = $2 WHERE id = $1`, [id, doc]);
  }

  async roundsAndWorksOf(groupId: string): Promise<{ table: 'group_works' | 'group_rounds'; id: string; doc: Uint8Array }[]> {
    const rows = await this.db.query<{ t: 'group_works' | 'group_rounds'; id: string; doc: unknown }>(
      `SELECT 'group_works' AS t, w.id, w.doc FROM group_works w JOIN group_sessions s ON s.id = w.session_id WHERE s.group_id = $1
       UNION ALL SELECT 'group_rounds' AS t, r.id, r.doc FROM group_rounds r JOIN group_sessions s ON s.id = r.session_id WHERE s.group_id = $1`,
      [groupId],
    );
    return rows.map((r) => ({ table: r.t, id: r.id, doc: bytes(r.doc) }));
  }

  /** Deletes a member row and everything that cascades from it (erasure; the caller rewrote the canvases first). */
  async deleteMember(memberId: string): Promise<void> {
    await this.db.query('DELETE FROM group_members WHERE id = $1', [memberId]);
  }
}

function session(r: SessionRow): GroupSessionRecord {
  return {
    id: r.id,
    groupId: r.group_id,
    title: r.title,
    status: r.status,
    scheduledAt: new Date(r.scheduled_at),
    startedAt: dateOrNull(r.started_at),
    endedAt: dateOrNull(r.ended_at),
    createdAt: new Date(r.created_at),
  };
}
