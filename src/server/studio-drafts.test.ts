/**
 * Studio drafts through the HTTP API: pictures stay in the studio until the client keeps one;
 * keeping puts exactly one work in the gallery with its title and keeps the whole process
 * (drawing, strokes, version tree); nothing is dropped without the client.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addClient, createHarness, setupTherapist } from '../../test/helpers/harness.ts';
import type { Agent, Harness } from '../../test/helpers/harness.ts';

let h: Harness;
let therapist: Agent;
let client: Agent;
let clientId: string;

const W = 128;
const H = 96;
const strokes = {
  version: 2,
  width: W,
  height: H,
  background: '#ffffff',
  strokes: [
    {
      id: 'a',
      tool: 'pen',
      color: '#111111',
      size: 5,
      opacity: 1,
      points: [
        { x: 0, y: 70, t: 0, pressure: 0.4 },
        { x: 64, y: 70, t: 300, pressure: 0.6 },
        { x: 128, y: 70, t: 600, pressure: 0.5 },
      ],
    },
  ],
};
async function sketchPng(): Promise<string> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><rect width="100%" height="100%" fill="#fff"/><line x1="0" y1="70" x2="128" y2="70" stroke="#111" stroke-width="5"/></svg>`;
  return `data:image/png;base64,${(await sharp(Buffer.from(svg)).png().toBuffer()).toString('base64')}`;
}

interface Art {
  id: string;
  parentId: string | null;
  kind: string;
  title: string;
  state: string;
  hasStrokes: boolean;
}
const gallery = async (): Promise<Art[]> => (await client.get(`/api/clients/${clientId}/artworks`)).json().artworks;
const drafts = async (): Promise<{ drafts: Art[]; history: Art[]; staleAfterDays: number }> =>
  (await client.get(`/api/clients/${clientId}/studio/drafts`)).json();
const rows = async () =>
  (await h.store.db.query<{ id: string; studio_state: string; deleted_at: Date | null }>('SELECT id, studio_state, deleted_at FROM artworks ORDER BY id')).map(
    (r) => ({ ...r }),
  );

beforeAll(async () => {
  h = await createHarness();
  therapist = await setupTherapist(h);
  ({ clientId, client } = await addClient(h, therapist, 'Quinn', 'quinn@home.test'));
});
afterAll(() => h.close());

describe('studio drafts', () => {
  let sketch: Art;
  let made: Art[];

  it('keeps the drawing and its variations in the studio, out of the gallery', async () => {
    const s = await client.post(`/api/clients/${clientId}/sketches`, { image: await sketchPng(), strokes, draft: true });
    expect(s.statusCode).toBe(201);
    sketch = s.json();
    expect(sketch.state).toBe('draft');
    const g = await client.post(`/api/clients/${clientId}/generate`, {
      prompt: 'a calm lake',
      sourceArtworkId: sketch.id,
      count: 2,
      seed: 5,
      width: W,
      height: H,
    });
    expect(g.statusCode).toBe(201);
    made = g.json().artworks;
    expect(made.map((a) => a.state)).toEqual(['draft', 'draft']);
    expect(await gallery()).toEqual([]);
    expect((await therapist.get(`/api/clients/${clientId}`)).json().artworkCount).toBe(0);
    const d = await drafts();
    expect(new Set(d.drafts.map((a) => a.id))).toEqual(new Set([sketch.id, ...made.map((a) => a.id)]));
    expect(d.history).toEqual([]);
    // The therapist sees the same drafts; the version tree holds them all.
    expect((await therapist.get(`/api/clients/${clientId}/studio/drafts`)).json().drafts).toHaveLength(3);
    const tree = (await client.get(`/api/artworks/${made[0]!.id}/versions`)).json();
    expect(tree.rootId).toBe(sketch.id);
    expect(tree.artworks).toHaveLength(3);
  });

  it('refuses a keep without a title and changes nothing', async () => {
    const before = await rows();
    const res = await client.post(`/api/artworks/${made[0]!.id}/keep`, { title: '   ' });
    expect(res.statusCode).toBe(400);
    expect(await rows()).toEqual(before);
  });

  it('keeps one variation: exactly one work in the gallery, titled, with its whole process', async () => {
    const res = await client.post(`/api/artworks/${made[0]!.id}/keep`, { title: 'Lake at dawn' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: made[0]!.id, title: 'Lake at dawn', state: 'gallery', crisis: null, hasStrokes: true });
    const g = await gallery();
    expect(g.map((a) => [a.id, a.title])).toEqual([[made[0]!.id, 'Lake at dawn']]);
    // The drawing is the kept work's history: out of the gallery, in its tree, its strokes replayable from the work.
    const d = await drafts();
    expect(d.history.map((a) => a.id)).toEqual([sketch.id]);
    expect(d.drafts.map((a) => a.id)).toEqual([made[1]!.id]);
    const tree = (await client.get(`/api/artworks/${made[0]!.id}/versions`)).json();
    expect(tree.artworks.map((a: Art) => [a.id, a.state]).sort()).toEqual(
      [
        [sketch.id, 'process'],
        [made[0]!.id, 'gallery'],
        [made[1]!.id, 'draft'],
      ].sort(),
    );
    const replay = await client.get(`/api/artworks/${made[0]!.id}/strokes`);
    expect(replay.statusCode).toBe(200);
    expect(replay.json().strokes.strokes[0].points).toHaveLength(3);
    // The words it was made with are still there (sealed with the title).
    expect((await client.get(`/api/artworks/${made[0]!.id}`)).json().params.prompt).toBe('a calm lake');
  });

  it('makes a refined picture a draft of its own until kept', async () => {
    const mask = `data:image/png;base64,${(
      await sharp({ create: { width: W, height: H, channels: 3, background: '#fff' } })
        .png()
        .toBuffer()
    ).toString('base64')}`;
    const r = await client.post(`/api/artworks/${made[0]!.id}/inpaint`, { mask, prompt: 'a red boat', seed: 3 });
    expect(r.statusCode).toBe(201);
    expect(r.json().state).toBe('draft');
    expect((await gallery()).map((a) => a.id)).toEqual([made[0]!.id]);
    const k = await client.post(`/api/artworks/${r.json().id}/keep`, { title: 'Lake with a boat' });
    expect(k.json().state).toBe('gallery');
    expect((await gallery()).map((a) => a.title).sort()).toEqual(['Lake at dawn', 'Lake with a boat']);
    // The work it refines stays in the gallery (it was kept before), not moved into history.
    expect((await client.get(`/api/artworks/${made[0]!.id}`)).json().state).toBe('gallery');
  });

  it('lists old drafts (never drops them), and lets go only of drafts, on the client’s word', async () => {
    await h.store.db.query(`UPDATE artworks SET created_at = now() - interval '40 days' WHERE id = $1`, [made[1]!.id]);
    const d = await drafts();
    expect(d.staleAfterDays).toBeGreaterThan(0);
    expect(d.drafts.map((a) => a.id)).toContain(made[1]!.id);
    // A kept work and the history of one are refused, and nothing changes.
    const before = await rows();
    expect((await client.del(`/api/artworks/${made[0]!.id}/draft`)).statusCode).toBe(409);
    expect((await client.del(`/api/artworks/${sketch.id}/draft`)).statusCode).toBe(409);
    expect(await rows()).toEqual(before);
    const gone = await client.del(`/api/artworks/${made[1]!.id}/draft`);
    expect(gone.statusCode).toBe(200);
    expect(gone.json()).toEqual({ discarded: 1 });
    expect((await drafts()).drafts).toEqual([]);
    // In the bin, not erased: the row and its files stay until the client record is erased.
    expect((await rows()).find((r) => r.id === made[1]!.id)!.deleted_at).not.toBeNull();
  });

  it('lets go of a whole unkept draft family at once', async () => {
    const s = (await client.post(`/api/clients/${clientId}/sketches`, { image: await sketchPng(), strokes, draft: true })).json();
    await client.post(`/api/clients/${clientId}/generate`, { prompt: 'a hill', sourceArtworkId: s.id, count: 2, seed: 9, width: W, height: H });
    const res = await client.del(`/api/artworks/${s.id}/draft`);
    expect(res.json()).toEqual({ discarded: 3 });
    expect((await drafts()).drafts).toEqual([]);
  });
});
