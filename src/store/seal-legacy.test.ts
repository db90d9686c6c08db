/** Rows written before names, titles, prompts and identities were sealed are sealed when the store opens. */
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from './store.ts';

const dir = mkdtempSync(join(tmpdir(), 'hearth-legacy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sealing words written by an older version', () => {
  it('seals plain client profiles and artwork words on open, and reads them back unchanged', async () => {
    const t0 = new Date('2026-05-01T10:00:00Z');
    let s = await openStore({ dataDir: dir });
    const therapist = await s.users.create({
      id: randomUUID(),
      role: 'therapist',
      email: 'ana@clinic.test',
      displayName: 'Ana',
      passwordHash: 'h',
      createdAt: t0,
    });
    const clientId = randomUUID();
    const artId = randomUUID();
    // As an older version wrote them: plain columns, nothing sealed.
    await s.db.query(
      `INSERT INTO clients (id, therapist_id, display_name, pronouns, goals, created_at, updated_at) VALUES ($1,$2,'Robin Plain','they/them','Sleep better',$3,$3)`,
      [clientId, therapist.id, t0],
    );
    await s.db.query(
      `INSERT INTO artworks (id, client_id, created_by, kind, title, blob_key, thumb_key, mime, width, height, bytes, params, created_at) VALUES ($1,$2,$3,'generated','Harbour at dusk','artworks/x.png','thumbs/x.webp','image/png',8,8,10,$4,$5)`,
      [artId, clientId, therapist.id, { prompt: 'a quiet harbour', style: 'watercolour' }, t0],
    );
    const sessionId = randomUUID();
    await s.db.query(
      `INSERT INTO therapy_sessions (id, client_id, therapist_id, kind, title, scheduled_at, created_at) VALUES ($1,$2,$3,'individual','Drawing the worry',$4,$4)`,
      [sessionId, clientId, therapist.id, t0],
    );
    await s.close();

    s = await openStore({ dataDir: dir });
    expect((await s.db.query<{ title: string }>('SELECT title FROM therapy_sessions WHERE id = $1', [sessionId]))[0]!.title).toBe('');
    expect(await s.therapySessions.byId(sessionId)).toMatchObject({ title: 'Drawing the worry' });
    const plain = await s.db.query<{ display_name: string; goals: string; profile_sealed: string | null }>(
      'SELECT display_name, goals, profile_sealed FROM clients WHERE id = $1',
      [clientId],
    );
    expect(plain[0]).toMatchObject({ display_name: '', goals: '' });
    expect(plain[0]!.profile_sealed).toBeTruthy();
    const art = await s.db.query<{ title: string; params: unknown; words_sealed: string | null }>(
      'SELECT title, params, words_sealed FROM artworks WHERE id = $1',
      [artId],
    );
    expect(art[0]).toMatchObject({ title: '', params: {} });
    expect(art[0]!.words_sealed).toBeTruthy();

    expect(await s.clients.byId(clientId)).toMatchObject({ displayName: 'Robin Plain', pronouns: 'they/them', goals: 'Sleep better' });
    expect(await s.artworks.byId(artId)).toMatchObject({ title: 'Harbour at dusk', params: { prompt: 'a quiet harbour', style: 'watercolour' } });
    expect((await s.clients.listForTherapist(therapist.id)).map((c) => c.displayName)).toEqual(['Robin Plain']);
    expect(await s.clients.sealLegacy()).toBe(0); // done once
    await s.close();
  });
});

const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));

describe('converting plain identities written by an older version', () => {
  it('hashes and seals plain emails and names, check-in activities and reflection questions on open, and leaves no plain copy on disk', async () => {
    const d = mkdtempSync(join(tmpdir(), 'hearth-legacy-ids-'));
    try {
      const t0 = new Date('2026-05-01T10:00:00Z');
      let s = await openStore({ dataDir: d });
      const therapistId = randomUUID();
      const clientId = randomUUID();
      const checkinId = randomUUID();
      const reflectionId = randomUUID();
      // As the previous version wrote them: plain email and name, no lookup hash, nothing sealed.
      await s.db.query(
        `INSERT INTO users (id, role, email, display_name, password_hash, created_at) VALUES ($1,'therapist','wenceslas.plainrow@clinic.test','Wenceslas Plainrow','h',$2)`,
        [therapistId, t0],
      );
      await s.clients.create({ id: clientId, therapistId, displayName: 'Robin', pronouns: null, goals: '', createdAt: t0 });
      await s.db.query(
        `INSERT INTO checkins (id, client_id, created_by, moment, activity, valence, arousal, distress, created_at) VALUES ($1,$2,$3,'standalone','Gardening with Oksana Vetrimaa',0,0,3,$4)`,
        [checkinId, clientId, therapistId, t0],
      );
      await s.db.query(
        `INSERT INTO reflections (id, client_id, created_by, text_sealed, question, created_at) VALUES ($1,$2,$3,$4,'What did Oksana Vetrimaa say?',$5)`,
        [reflectionId, clientId, therapistId, await s.vault.sealJson(clientId, `reflection:${reflectionId}`, 'words'), t0],
      );
      // A therapist's own directive, one assigned as homework and one planned for a session, as plain jsonb.
      const directive = {
        id: 'mine-1',
        title: 'Letter to Oksana Vetrimaa',
        mode: 'draw',
        goal: 'g',
        instructions: ['Draw Oksana Vetrimaa'],
        reflectionQuestions: ['q'],
        source: 'therapist',
      };
      await s.db.query(`INSERT INTO therapist_directives (id, therapist_id, body, created_at, updated_at) VALUES ('mine-1',$1,$2,$3,$3)`, [
        therapistId,
        directive,
        t0,
      ]);
      const homeworkId = randomUUID();
      await s.db.query(`INSERT INTO homework (id, client_id, therapist_id, directive_id, directive_snapshot, created_at) VALUES ($1,$2,$3,'mine-1',$4,$5)`, [
        homeworkId,
        clientId,
        therapistId,
        directive,
        t0,
      ]);
      const sessionId = (
        await s.therapySessions.create({ id: randomUUID(), clientId, therapistId, kind: 'individual', title: 't', scheduledAt: t0, createdAt: t0 })
      ).id;
      await s.db.query(`INSERT INTO session_directives (session_id, directive_id, snapshot, created_by, created_at) VALUES ($1,'mine-1',$2,$3,$4)`, [
        sessionId,
        { title: directive.title, mode: 'draw' },
        therapistId,
        t0,
      ]);
      await s.db.exec('CHECKPOINT');
      const plainOnDisk = () =>
        walk(join(d, 'db')).filter((f) => {
          const b = readFileSync(f);
          return b.includes('wenceslas.plainrow') || b.includes('Wenceslas Plainrow') || b.includes('Oksana Vetrimaa');
        });
      expect(plainOnDisk().length).toBeGreaterThan(0);
      await s.close();

      s = await openStore({ dataDir: d });
      try {
        const row = (
          await s.db.query<Record<string, unknown>>('SELECT email, display_name, email_hash, identity_sealed FROM users WHERE id = $1', [therapistId])
        )[0]!;
        expect(row).toMatchObject({
          email: null,
          display_name: null,
          email_hash: expect.stringMatching(/^[0-9a-f]{64}$/),
          identity_sealed: expect.any(String),
        });
        expect(await s.users.byEmail(' Wenceslas.Plainrow@clinic.test')).toMatchObject({
          id: therapistId,
          email: 'wenceslas.plainrow@clinic.test',
          displayName: 'Wenceslas Plainrow',
        });
        expect((await s.clinical.checkins(clientId))[0]).toMatchObject({ activity: 'Gardening with Oksana Vetrimaa' });
        expect((await s.clinical.reflections(clientId))[0]).toMatchObject({ question: 'What did Oksana Vetrimaa say?' });
        expect(await s.db.query('SELECT 1 FROM checkins WHERE activity IS NOT NULL UNION ALL SELECT 1 FROM reflections WHERE question IS NOT NULL')).toEqual(
          [],
        );
        expect((await s.workspace.directiveById('mine-1'))?.directive).toMatchObject({
          title: 'Letter to Oksana Vetrimaa',
          instructions: ['Draw Oksana Vetrimaa'],
        });
        expect((await s.homework.byId(homeworkId))?.directive).toMatchObject({ title: 'Letter to Oksana Vetrimaa' });
        expect(await s.workspace.sessionDirectives(sessionId)).toMatchObject([{ directiveId: 'mine-1', title: 'Letter to Oksana Vetrimaa', mode: 'draw' }]);
        expect(await s.users.sealLegacy()).toBe(0); // done once
        expect(await s.workspace.sealLegacy()).toBe(0);
        expect(await s.homework.sealLegacy()).toBe(0);
        // The plain row versions were rewritten away and the WAL that held them retired.
        expect(plainOnDisk()).toEqual([]);
        // The lookup hash is keyed: the plain sha256 of the email is not it.
        expect(row.email_hash).not.toBe(createHash('sha256').update('wenceslas.plainrow@clinic.test').digest('hex'));
      } finally {
        await s.close();
      }
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  }, 120_000);
});
