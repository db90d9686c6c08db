/**
 * Erasure by crypto-shredding: after a client is erased, nothing of theirs can be read — their
 * key is gone, their rows and files are deleted, and a scan of every file in the data folder
 * finds none of their words or pixels.
 */
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeWav } from '../engines/music/index.ts';
import { sine } from '../engines/music/test-signals.ts';
import { PASSWORD, addClient, createHarness, setupTherapist } from '../../test/helpers/harness.ts';
import type { Agent, Harness } from '../../test/helpers/harness.ts';

let dir: string;
let h: Harness;
let therapist: Agent;

const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hearth-erase-'));
  h = await createHarness({}, { dataDir: dir });
  therapist = await setupTherapist(h);
});
afterAll(async () => {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('erasure', () => {
  it('needs a fresh password and the client’s name typed out', async () => {
    const { clientId } = await addClient(h, therapist, 'Sam', 'sam@home.test');
    const noReauth = await therapist.post(`/api/clients/${clientId}/erase`, { confirmName: 'Sam' });
    expect(noReauth.statusCode).toBe(403);
    expect(noReauth.json().error.code).toBe('reauth_required');
    expect((await therapist.post('/api/auth/reauth', { password: 'wrong password!' })).statusCode).toBe(401);
    expect((await therapist.post('/api/auth/reauth', { password: PASSWORD })).statusCode).toBe(200);
    expect((await therapist.post(`/api/clients/${clientId}/erase`, { confirmName: 'sam' })).json().error.message).toMatch(/exactly/);
    h.advance(6 * 60_000);
    expect((await therapist.post(`/api/clients/${clientId}/erase`, { confirmName: 'Sam' })).json().error.code).toBe('reauth_required');
    expect(await h.store.clients.byId(clientId)).toBeDefined();
  });

  it('destroys the key, deletes rows, files and login, and leaves no trace of the client’s words or pixels on disk', async () => {
    const { clientId, client } = await addClient(h, therapist, 'Robin', 'robin@home.test');
    const other = await addClient(h, therapist, 'Kai', 'kai@home.test');
    const secret = 'ZEBRA-LANTERN-4471 is what I call the dream';
    await client.post(`/api/clients/${clientId}/reflections`, { text: secret });
    await client.post(`/api/clients/${clientId}/checkins`, { valence: 0, arousal: 0, distress: 5, note: secret });
    // An image whose raw pixels spell a distinctive byte pattern.
    const raw = Buffer.alloc(64 * 64 * 3);
    for (let i = 0; i < raw.length; i += 3) raw.set([0x5a, 0x17, 0xc3], i);
    const png = await sharp(raw, { raw: { width: 64, height: 64, channels: 3 } })
      .png({ compressionLevel: 0 })
      .toBuffer();
    const art = (await client.upload(clientId, png, 'secret.png', 'image/png', { title: `Title ${secret}` })).json();
    expect(art.title).toBe(`Title ${secret}`);
    // The client's name, goals and the words of a co-created image are theirs too.
    expect((await therapist.patch(`/api/clients/${clientId}`, { goals: `Goal: ${secret}`, pronouns: 'ZEBRA-LANTERN/they' })).statusCode).toBe(200);
    const gen = await client.post(`/api/clients/${clientId}/generate`, {
      prompt: `a calm sea, ${secret}`,
      negativePrompt: 'no ZEBRA-LANTERN storms',
      seed: 3,
      count: 1,
      width: 64,
      height: 64,
    });
    expect(gen.statusCode, gen.body).toBe(201);
    expect(gen.json().artworks[0].params.prompt).toContain('ZEBRA-LANTERN');
    const session = await therapist.post(`/api/clients/${clientId}/sessions`, { title: `Session: ${secret}`, scheduledAt: new Date().toISOString() });
    expect(session.json().title).toBe(`Session: ${secret}`);
    await client.post(`/api/clients/${clientId}/music`, { prompt: `music for ${secret}`, seconds: 30, seed: 1 });
    const recording = (
      await client.uploadTo(`/api/clients/${clientId}/music/samples`, encodeWav([sine(330, 0.3, 3, 8000)], 8000, 'pcm16'), 'hum.wav', 'audio/wav')
    ).json();
    expect(await h.store.blobs.exists(`music-samples/${recording.id}.wav`)).toBe(true);
    await therapist.post(`/api/clients/${other.clientId}/reflections`, { text: 'Kai keeps this.' });
    const pattern = Buffer.from([0x5a, 0x17, 0xc3, 0x5a, 0x17, 0xc3, 0x5a, 0x17, 0xc3]);

    const scan = async () => {
      await h.store.db.query('CHECKPOINT');
      const hits: string[] = [];
      for (const f of walk(dir)) {
        const b = readFileSync(f);
        if (b.includes('ZEBRA-LANTERN') || b.includes(Buffer.from('ZEBRA-LANTERN', 'utf16le')) || b.includes(pattern)) hits.push(f);
      }
      return hits;
    };
    expect(await scan(), 'sealed before it is written').toEqual([]);

    await therapist.post('/api/auth/reauth', { password: PASSWORD });
    const res = await therapist.post(`/api/clients/${clientId}/erase`, { confirmName: 'Robin' });
    expect(res.statusCode, res.body).toBe(200);

    for (const table of ['clients', 'client_keys', 'artworks', 'reflections', 'checkins', 'music_pieces', 'music_samples']) {
      const n = await h.store.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${table === 'clients' ? 'id' : 'client_id'} = $1`, [
        clientId,
      ]);
      expect(n[0]!.n, table).toBe(0);
    }
    expect(await h.store.blobs.exists(`artworks/${art.id}.png`)).toBe(false);
    expect(await h.store.blobs.exists(`music-samples/${recording.id}.wav`)).toBe(false);
    expect(await h.store.users.byEmail('robin@home.test')).toBeUndefined();
    expect((await client.get('/api/auth/me')).statusCode).toBe(401);
    await expect(h.store.vault.open(clientId, 'x', new Uint8Array(40))).rejects.toThrow(/No data key/);
    expect(await scan()).toEqual([]);

    // Everyone else is untouched, and the audit chain still verifies.
    expect((await therapist.get(`/api/clients/${other.clientId}/reflections`)).json().reflections[0].text).toBe('Kai keeps this.');
    expect(await h.store.audit.verify()).toMatchObject({ ok: true });
    const entries = await h.store.audit.listForClient(clientId, 1000);
    expect(entries[0]!.action).toBe('client.erase');
  });
});
