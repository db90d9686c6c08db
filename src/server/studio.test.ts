/** The studio through the HTTP API: sketch → generate → refine, versions kept as a tree. */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addClient, createHarness, setupTherapist } from '../../test/helpers/harness.ts';
import type { Agent, Harness } from '../../test/helpers/harness.ts';

let h: Harness;
let therapist: Agent;
let client: Agent;
let clientId: string;

const W = 256;
const H = 192;
/** A drawing: a dark circle outline and a horizon line on white. */
async function sketchPng(): Promise<string> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><rect width="100%" height="100%" fill="#fff"/><circle cx="128" cy="80" r="40" fill="none" stroke="#111" stroke-width="5"/><line x1="0" y1="140" x2="256" y2="140" stroke="#111" stroke-width="5"/></svg>`;
  return `data:image/png;base64,${(await sharp(Buffer.from(svg)).png().toBuffer()).toString('base64')}`;
}
const strokes = {
  version: 2, width: W, height: H, background: '#ffffff',
  strokes: [
    { id: 'a', tool: 'pen', color: '#111111', size: 5, opacity: 1, points: [{ x: 0, y: 140, t: 0, pressure: 0.4 }, { x: 128, y: 140, t: 300, pressure: 0.6 }, { x: 256, y: 140, t: 600, pressure: 0.5 }] },
  ],
};
async function pixels(agent: Agent, url: string) {
  const res = await agent.get(url);
  const { data, info } = await sharp(res.rawPayload).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, bytes: res.rawPayload };
}
const luminance = (d: Buffer, i: number) => 0.2126 * d[i]! + 0.7152 * d[i + 1]! + 0.0722 * d[i + 2]!;

beforeAll(async () => {
  h = await createHarness();
  therapist = await setupTherapist(h);
  ({ clientId, client } = await addClient(h, therapist, 'Robin', 'robin@home.test'));
});
afterAll(() => h.close());

describe('studio', () => {
  it('lists the styles of the built-in engine', async () => {
    const info = (await client.get('/api/studio')).json();
    expect(info.backend).toMatchObject({ id: 'builtin', external: false });
    expect(info.styles.length).toBeGreaterThanOrEqual(10);
  });

  it('saves a sketch with its strokes, generates from it, refines it, and keeps the version tree', async () => {
    const sketch = (await client.post(`/api/clients/${clientId}/sketches`, { title: 'Sea', image: await sketchPng(), strokes })).json();
    expect(sketch).toMatchObject({ kind: 'sketch', hasStrokes: true, width: W, height: H });
    const stored = (await therapist.get(`/api/artworks/${sketch.id}/strokes`)).json().strokes;
    expect(stored.strokes[0].points.map((p: { t: number }) => p.t)).toEqual([0, 300, 600]);

    const body = { prompt: 'a calm blue sea under the moon', sourceArtworkId: sketch.id, sketchStrength: 0.9, seed: 42, count: 2, width: W, height: H };
    const gen = await client.post(`/api/clients/${clientId}/generate`, body);
    expect(gen.statusCode, gen.body).toBe(201);
    const [a, b] = gen.json().artworks;
    expect(a).toMatchObject({ kind: 'generated', parentId: sketch.id, backend: 'builtin', seed: 42, params: { prompt: body.prompt, sketchStrength: 0.9 } });
    expect(b.seed).toBe(43);

    // Same inputs + seed → same bytes.
    const again = (await client.post(`/api/clients/${clientId}/generate`, { ...body, count: 1 })).json().artworks[0];
    const pa = await pixels(client, a.imageUrl);
    expect((await pixels(client, again.imageUrl)).bytes.equals(pa.bytes)).toBe(true);
    expect((await pixels(client, b.imageUrl)).bytes.equals(pa.bytes)).toBe(false);

    // The client's lines are kept: along the horizon the result is darker than just above it.
    let onLine = 0;
    let offLine = 0;
    for (let x = 10; x < W - 10; x++) {
      onLine += luminance(pa.data, (140 * W + x) * 4);
      offLine += luminance(pa.data, (125 * W + x) * 4);
    }
    expect(onLine).toBeLessThan(offLine * 0.8);

    // Refine: only the masked square changes.
    const maskSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><rect width="100%" height="100%" fill="#000"/><rect x="150" y="20" width="60" height="60" fill="#fff"/></svg>`;
    const mask = `data:image/png;base64,${(await sharp(Buffer.from(maskSvg)).png().toBuffer()).toString('base64')}`;
    const refined = await client.post(`/api/artworks/${a.id}/inpaint`, { mask, prompt: 'a warm yellow moon', seed: 7, feather: 6 });
    expect(refined.statusCode, refined.body).toBe(201);
    expect(refined.json()).toMatchObject({ kind: 'inpainted', parentId: a.id });
    const pr = await pixels(client, refined.json().imageUrl);
    let outsideChanged = 0;
    let insideChanged = 0;
    for (let y = 0; y < H; y++) {
      for (let x = 0; x < W; x++) {
        const i = (y * W + x) * 4;
        const changed = pr.data[i] !== pa.data[i] || pr.data[i + 1] !== pa.data[i + 1] || pr.data[i + 2] !== pa.data[i + 2];
        const inside = x >= 150 && x < 210 && y >= 20 && y < 80;
        if (changed && inside) insideChanged++;
        if (changed && !inside) outsideChanged++;
      }
    }
    expect(outsideChanged).toBe(0);
    expect(insideChanged).toBeGreaterThan(60 * 60 * 0.3);

    const tree = (await therapist.get(`/api/artworks/${refined.json().id}/versions`)).json();
    expect(tree.rootId).toBe(sketch.id);
    const byId = new Map(tree.artworks.map((x: { id: string; parentId: string | null }) => [x.id, x.parentId]));
    expect(byId.get(sketch.id)).toBeNull();
    expect(byId.get(a.id)).toBe(sketch.id);
    expect(byId.get(b.id)).toBe(sketch.id);
    expect(byId.get(refined.json().id)).toBe(a.id);
  });

  it('turns an uploaded photo into lines before following it', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="150"><defs><linearGradient id="g"><stop offset="0" stop-color="#777"/><stop offset="1" stop-color="#eee"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/><path d="M20 120 L100 30 L180 120" stroke="#222" stroke-width="4" fill="none"/></svg>`;
    const up = (await client.upload(clientId, await sharp(Buffer.from(svg)).jpeg().toBuffer(), 'paper.jpg', 'image/jpeg')).json();
    const gen = await client.post(`/api/clients/${clientId}/generate`, { prompt: 'a mountain at dawn', sourceArtworkId: up.id, width: 200, height: 150, seed: 5 });
    expect(gen.statusCode, gen.body).toBe(201);
    expect(gen.json().artworks[0].parentId).toBe(up.id);
  });

  it('refuses bad studio input clearly and stores nothing', async () => {
    const before = await h.store.artworks.countForClient(clientId);
    const other = await addClient(h, therapist, 'Kai', 'kai@home.test');
    const foreignArt = (await other.client.post(`/api/clients/${other.clientId}/sketches`, { image: await sketchPng(), strokes })).json();
    const cases: [string, unknown, RegExp, number?][] = [
      [`/api/clients/${clientId}/sketches`, { image: await sketchPng(), strokes: { version: 2, width: 10 } }, /strokes could not be read/],
      [`/api/clients/${clientId}/sketches`, { image: 'data:image/png;base64,JVBERi0xLjcK', strokes }, /drawing: This file is a PDF/, 415],
      [`/api/clients/${clientId}/generate`, { prompt: '   ' }, /Say in a few words/],
      [`/api/clients/${clientId}/generate`, { prompt: 'sea', style: 'cubism-9000' }, /Unknown style/],
      [`/api/clients/${clientId}/generate`, { prompt: 'sea', sourceArtworkId: foreignArt.id }, /not found in this client/],
      [`/api/clients/${clientId}/generate`, { prompt: 'sea', count: 9 }, /count/],
    ];
    for (const [url, body, message, status] of cases) {
      const res = await client.post(url, body);
      expect(res.statusCode, url).toBe(status ?? 400);
      expect(res.json().error.message).toMatch(message);
    }
    expect(await h.store.artworks.countForClient(clientId)).toBe(before);
  });
});
