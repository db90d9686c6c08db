/**
 * The export reads each section through the service its read route calls, so it must apply the
 * same roles and consent as that route: a section that drifted from its route would show a
 * client something the app does not (or hide what it shows). Content is checked end to end
 * against the API in src/server/export.test.ts.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addClient, createHarness, pngDrawing, setupTherapist } from '../../../test/helpers/harness.ts';
import type { Harness } from '../../../test/helpers/harness.ts';
import { createBuiltinMusicBackend } from '../../backends/index.ts';
import { actorFor } from '../account/actor.ts';
import { storeArtworks } from '../artworks/artwork-files.ts';
import { MusicThread } from '../jobs/music-thread.ts';
import { pieceAudio, wavLength } from '../music/music.service.ts';
import { SECTIONS, streamClientExport } from './client-export.ts';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
}, 180_000);
afterAll(() => h.close());

describe('export sections', () => {
  it('each mirror a registered read route with the same roles and consent', () => {
    for (const s of SECTIONS) {
      const [method, url] = s.route.split(' ');
      const route = h.routes.find((r) => r.method === method && r.url === url);
      expect(route, `${s.name}: ${s.route} is not a route`).toBeDefined();
      const access = route!.access;
      expect('roles' in access ? [...access.roles].sort() : [], s.name).toEqual([...s.roles].sort());
      expect(route!.consent, s.name).toBe(s.consent);
    }
  });

  it('cover every read route of a client record that holds records', () => {
    const covered = new Set(SECTIONS.map((s) => s.route));
    // Reads of one record (by its own id), files and live views are exported through their lists.
    const notSections = new Set([
      'GET /api/clients/:id/export',
      'GET /api/clients/:id/measure-schedule',
      'GET /api/clients/:id/invites',
      'GET /api/clients/:id/live-canvas',
      'GET /api/clients/:id/music/recommendation',
      'GET /api/clients/:id/jobs/:jobId',
      'GET /api/clients/:id/series/:seriesId/storybook.pdf',
      'GET /api/clients/:id/supports/:supportId/print.pdf',
      // Suggestions are derived from the record (goals, measures), not a record of their own.
      'GET /api/clients/:id/directive-suggestions',
      // Which region's crisis contacts apply, and how the caller reaches the record: not records.
      'GET /api/clients/:id/crisis-region',
      'GET /api/clients/:id/access',
    ]);
    const clientReads = h.routes.filter((r) => r.method === 'GET' && r.url.startsWith('/api/clients/:id') && !notSections.has(`${r.method} ${r.url}`));
    expect(clientReads.map((r) => `${r.method} ${r.url}`).filter((k) => !covered.has(k))).toEqual([]);
  });
});

describe('the streamed export', () => {
  it('is a valid ZIP holding every file it reports, whole: originals larger than a slice and WAVs streamed from the music thread', async () => {
    process.env.HEARTH_SOUNDBANK ??= 'off';
    const musicThread = new MusicThread();
    try {
      const t = await setupTherapist(h);
      const { clientId, client: agent } = await addClient(h, t, 'Robin', 'robin@home.test');
      const thumb = await pngDrawing(16, 16);
      const originals = new Map<string, Uint8Array>();
      // Sizes around the 256 KB slice the ZIP is written in.
      for (const size of [1, 256 * 1024, 256 * 1024 + 1, 1_300_001]) {
        const data = new Uint8Array(randomBytes(size));
        const [rec] = await storeArtworks(h.store, h.now, [
          {
            meta: { clientId, createdBy: t.userId!, parentId: null, sessionId: null, kind: 'upload', title: `art ${size}`, backend: null, params: {}, seed: null },
            image: { detected: 'png', data, mime: 'image/png', ext: 'png', width: 8, height: 8, thumb },
          },
        ]);
        originals.set(rec!.id, data);
      }
      const musicBackend = createBuiltinMusicBackend();
      const piece = {
        id: randomUUID(),
        clientId,
        createdBy: agent.userId!,
        plan: musicBackend.plan('calm piano') as never,
        seconds: 7,
        seed: 3,
        sampleRate: 32000,
        sampleId: null,
        createdAt: h.now(),
      };
      await h.store.music.create(piece);
      const actor = await actorFor(h.store, (await h.store.users.byId(agent.userId!))!);
      const client = (await h.store.clients.byId(clientId))!;
      const deps = { store: h.store, clock: h.now, musicBackend, musicThread };
      const out = await streamClientExport(deps, actor, { client }, { now: h.now() });
      const parts: Buffer[] = [];
      for await (const c of out.stream) parts.push(c as Buffer);
      const result = await out.done;
      const zip = Buffer.concat(parts);
      expect(zip.length).toBe(result.bytes);
      const files = unzipSync(new Uint8Array(zip)); // checks every entry's CRC
      expect(Object.keys(files).sort()).toEqual(Object.keys(result.files).sort());
      for (const [name, size] of Object.entries(result.files)) expect(files[name]!.length, name).toBe(size);
      for (const [id, data] of originals) {
        const name = Object.keys(files).find((n) => n.startsWith(`artworks/${id}-`));
        expect(name, id).toBeDefined();
        expect(Buffer.from(files[name!]!).equals(Buffer.from(data)), name).toBe(true);
      }
      const wav: Buffer[] = [];
      for await (const b of await pieceAudio({ ...deps, musicThread: null }, actor, { client, music: piece }, 0, wavLength(piece) - 1)) wav.push(b);
      expect(Buffer.from(files[`music/${piece.id}.wav`]!).equals(Buffer.concat(wav))).toBe(true);
    } finally {
      await musicThread.close();
    }
  }, 180_000);
});
