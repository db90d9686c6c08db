/** Rows written before names, titles and prompts were sealed are sealed when the store opens. */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
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
    const therapist = await s.users.create({ id: randomUUID(), role: 'therapist', email: 'ana@clinic.test', displayName: 'Ana', passwordHash: 'h', createdAt: t0 });
    const clientId = randomUUID();
    const artId = randomUUID();
    // As an older version wrote them: plain columns, nothing sealed.
    await s.db.query(`INSERT INTO clients (id, therapist_id, display_name, pronouns, goals, created_at, updated_at) VALUES ($1,$2,'Robin Plain','they/them','Sleep better',$3,$3)`, [clientId, therapist.id, t0]);
    await s.db.query(
      `INSERT INTO artworks (id, client_id, created_by, kind, title, blob_key, thumb_key, mime, width, height, bytes, params, created_at) VALUES ($1,$2,$3,'generated','Harbour at dusk','artworks/x.png','thumbs/x.webp','image/png',8,8,10,$4,$5)`,
      [artId, clientId, therapist.id, { prompt: 'a quiet harbour', style: 'watercolour' }, t0],
    );
    const sessionId = randomUUID();
    await s.db.query(`INSERT INTO therapy_sessions (id, client_id, therapist_id, kind, title, scheduled_at, created_at) VALUES ($1,$2,$3,'individual','Drawing the worry',$4,$4)`, [sessionId, clientId, therapist.id, t0]);
    await s.close();

    s = await openStore({ dataDir: dir });
    expect((await s.db.query<{ title: string }>('SELECT title FROM therapy_sessions WHERE id = $1', [sessionId]))[0]!.title).toBe('');
    expect(await s.therapySessions.byId(sessionId)).toMatchObject({ title: 'Drawing the worry' });
    const plain = await s.db.query<{ display_name: string; goals: string; profile_sealed: string | null }>('SELECT display_name, goals, profile_sealed FROM clients WHERE id = $1', [clientId]);
    expect(plain[0]).toMatchObject({ display_name: '', goals: '' });
    expect(plain[0]!.profile_sealed).toBeTruthy();
    const art = await s.db.query<{ title: string; params: unknown; words_sealed: string | null }>('SELECT title, params, words_sealed FROM artworks WHERE id = $1', [artId]);
    expect(art[0]).toMatchObject({ title: '', params: {} });
    expect(art[0]!.words_sealed).toBeTruthy();

    expect(await s.clients.byId(clientId)).toMatchObject({ displayName: 'Robin Plain', pronouns: 'they/them', goals: 'Sleep better' });
    expect(await s.artworks.byId(artId)).toMatchObject({ title: 'Harbour at dusk', params: { prompt: 'a quiet harbour', style: 'watercolour' } });
    expect((await s.clients.listForTherapist(therapist.id)).map((c) => c.displayName)).toEqual(['Robin Plain']);
    expect(await s.clients.sealLegacy()).toBe(0); // done once
    await s.close();
  });
});
